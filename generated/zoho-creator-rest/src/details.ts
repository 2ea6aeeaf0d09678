// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoCreatorRestDetailsMap[C]`.
 */
export interface ZohoCreatorRestDetailsMap {
  "1000": ZohoCreatorRestUntypedDetails
  "1020": ZohoCreatorRestUntypedDetails
  "1030": ZohoCreatorRestUntypedDetails
  "1040": ZohoCreatorRestUntypedDetails
  "1060": ZohoCreatorRestUntypedDetails
  "1080": ZohoCreatorRestUntypedDetails
  "1090": ZohoCreatorRestUntypedDetails
  "2892": ZohoCreatorRestUntypedDetails
  "2893": ZohoCreatorRestUntypedDetails
  "2894": ZohoCreatorRestUntypedDetails
  "2896": ZohoCreatorRestUntypedDetails
  "2897": ZohoCreatorRestUntypedDetails
  "2898": ZohoCreatorRestUntypedDetails
  "2899": ZohoCreatorRestUntypedDetails
  "2930": ZohoCreatorRestUntypedDetails
  "2933": ZohoCreatorRestUntypedDetails
  "2945": ZohoCreatorRestUntypedDetails
  "2955": ZohoCreatorRestUntypedDetails
  "2965": ZohoCreatorRestUntypedDetails
  "3000": ZohoCreatorRestUntypedDetails
  "3001": ZohoCreatorRestUntypedDetails
  "3020": ZohoCreatorRestUntypedDetails
  "3060": ZohoCreatorRestUntypedDetails
  "3070": ZohoCreatorRestUntypedDetails
  "3100": ZohoCreatorRestUntypedDetails
  "3190": ZohoCreatorRestUntypedDetails
  "3630": ZohoCreatorRestUntypedDetails
  "3660": ZohoCreatorRestUntypedDetails
  "3710": ZohoCreatorRestUntypedDetails
  "3750": ZohoCreatorRestUntypedDetails
  "3780": ZohoCreatorRestUntypedDetails
  "3830": ZohoCreatorRestUntypedDetails
  "3910": ZohoCreatorRestUntypedDetails
  "3920": ZohoCreatorRestUntypedDetails
  "3930": ZohoCreatorRestUntypedDetails
  "3950": ZohoCreatorRestUntypedDetails
  "3960": ZohoCreatorRestUntypedDetails
  "3970": ZohoCreatorRestUntypedDetails
  "4000": ZohoCreatorRestUntypedDetails
  "4070": ZohoCreatorRestUntypedDetails
  "7120": ZohoCreatorRestUntypedDetails
  "7130": ZohoCreatorRestUntypedDetails
  "8011": ZohoCreatorRestUntypedDetails
  "8012": ZohoCreatorRestUntypedDetails
  "9350": ZohoCreatorRestUntypedDetails
  "11000": ZohoCreatorRestUntypedDetails
  "11070": ZohoCreatorRestUntypedDetails
  "11080": ZohoCreatorRestUntypedDetails
  "11090": ZohoCreatorRestUntypedDetails
  "11100": ZohoCreatorRestUntypedDetails
  "11110": ZohoCreatorRestUntypedDetails
  "11120": ZohoCreatorRestUntypedDetails
  "11130": ZohoCreatorRestUntypedDetails
  "11330": ZohoCreatorRestUntypedDetails
  "11340": ZohoCreatorRestUntypedDetails
  "11350": ZohoCreatorRestUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoCreatorRestUntypedDetails {
  [k: string]: unknown
}
