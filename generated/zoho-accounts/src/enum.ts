// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Zoho Accounts OAuth 2.0 as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum ZohoAccountsErrorCode {
  /**
   * "Access Denied": Token creation throttle limit reached. Please reuse the valid tokens you currently have.
   *
   * HTTP 200 · error · retry: after-delay
   *
   * Also HTTP 200: You have made too many requests continuously. Please try again after some time.
   *
   * Fix: Keep the access token for its hour of validity and refresh it only when it is about to expire, then wait for the block to end. A user past twenty refresh tokens should revoke old refresh tokens before generating new ones.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#access_denied_too_many_requests)
   */
  ACCESS_DENIED_TOO_MANY_REQUESTS = "Access Denied",
  /**
   * "access_denied": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: after-reauth (authorize)
   *
   * Fix: Request scopes of the same service as the authtoken with an authtoken of the application owner that has not been converted yet; otherwise obtain tokens through the OAuth authorization flow.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#access_denied)
   */
  access_denied = "access_denied",
  /**
   * "invalid_authtoken": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send a correct authtoken that has not been converted yet; once converted, use the OAuth tokens it produced.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_authtoken)
   */
  invalid_authtoken = "invalid_authtoken",
  /**
   * "invalid_client": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send the correct client ID and client secret, generate the grant, access and refresh tokens on the same accounts domain (or enable multi-DC for the client), and send the client secret of the data center you call.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_client)
   */
  invalid_client = "invalid_client",
  /**
   * "invalid_code": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: after-reauth (authorize)
   *
   * Fix: Exchange a grant token for tokens before it expires and only once; when refreshing, send the right refresh token. A revoked refresh token or a spent grant token needs a new authorization (a new grant token).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_code)
   */
  invalid_code = "invalid_code",
  /**
   * "invalid_grant": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send grant_type=authtooauth.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_grant)
   */
  invalid_grant = "invalid_grant",
  /**
   * "invalid_redirect_uri": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send the redirect URI exactly as it is registered for the client.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_redirect_uri)
   */
  invalid_redirect_uri = "invalid_redirect_uri",
  /**
   * "invalid_request": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send the soid parameter: the ZGID of the organization, as ZohoCRM.<zgid>.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_request)
   */
  invalid_request = "invalid_request",
  /**
   * "invalid_scope": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send valid Zoho CRM OAuth scopes in the scope parameter.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_scope)
   */
  invalid_scope = "invalid_scope",
}
