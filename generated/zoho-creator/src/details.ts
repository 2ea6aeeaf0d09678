// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoCreatorDetailsMap[C]`.
 */
export interface ZohoCreatorDetailsMap {
  "4000": ZohoCreatorUntypedDetails
  "9350": ZohoCreatorUntypedDetails
  "9360": ZohoCreatorUntypedDetails
  "9370": ZohoCreatorUntypedDetails
  "9380": ZohoCreatorUntypedDetails
  "9390": ZohoCreatorUntypedDetails
  "9400": ZohoCreatorUntypedDetails
  "9410": ZohoCreatorUntypedDetails
  "9430": ZohoCreatorUntypedDetails
  "9450": ZohoCreatorUntypedDetails
  "9460": ZohoCreatorUntypedDetails
  "9470": ZohoCreatorUntypedDetails
  "9480": ZohoCreatorUntypedDetails
  "9490": ZohoCreatorUntypedDetails
  "9500": ZohoCreatorUntypedDetails
  "9510": ZohoCreatorUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoCreatorUntypedDetails {
  [k: string]: unknown
}
