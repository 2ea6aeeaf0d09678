// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoCreatorRestDetailsMap[C]`.
 */
export interface ZohoCreatorRestDetailsMap {
  "1000": ZohoCreatorRestUntypedDetails
  "1030": ZohoCreatorRestUntypedDetails
  "1040": ZohoCreatorRestUntypedDetails
  "1060": ZohoCreatorRestUntypedDetails
  "3000": ZohoCreatorRestUntypedDetails
  "3830": ZohoCreatorRestUntypedDetails
  "3910": ZohoCreatorRestUntypedDetails
  "3920": ZohoCreatorRestUntypedDetails
  "3930": ZohoCreatorRestUntypedDetails
  "3950": ZohoCreatorRestUntypedDetails
  "3960": ZohoCreatorRestUntypedDetails
  "3970": ZohoCreatorRestUntypedDetails
  "4000": ZohoCreatorRestUntypedDetails
  "8011": ZohoCreatorRestUntypedDetails
  "8012": ZohoCreatorRestUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoCreatorRestUntypedDetails {
  [k: string]: unknown
}
