// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoAccountsDetailsMap[C]`.
 */
export interface ZohoAccountsDetailsMap {
  "Access Denied": ZohoAccountsUntypedDetails
  access_denied: ZohoAccountsUntypedDetails
  invalid_authtoken: ZohoAccountsUntypedDetails
  invalid_client: ZohoAccountsUntypedDetails
  invalid_code: ZohoAccountsUntypedDetails
  invalid_grant: ZohoAccountsUntypedDetails
  invalid_redirect_uri: ZohoAccountsUntypedDetails
  invalid_request: ZohoAccountsUntypedDetails
  invalid_scope: ZohoAccountsUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoAccountsUntypedDetails {
  [k: string]: unknown
}
