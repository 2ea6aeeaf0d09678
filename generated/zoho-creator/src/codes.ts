// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code of the Zoho Creator Custom APIs, exactly as it travels on the wire.
 */
export type ZohoCreatorCode =
  | 4000
  | 9350
  | 9360
  | 9370
  | 9380
  | 9390
  | 9400
  | 9410
  | 9430
  | 9450
  | 9460
  | 9470
  | 9480
  | 9490
  | 9500
  | 9510;

/**
 * 4000: Account's custom API limit has been reached. Please upgrade to execute more custom API calls.
 *
 * HTTP 403 · error · retry: after-delay
 *
 * Fix: The custom API can be invoked after waiting a day, or the account's API call limit can be extended by the super admin.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/forbidden.html#custom_api_limit_reached)
 */
export const CUSTOM_API_LIMIT_REACHED = 4000 as const;

/**
 * 9350: Custom API doesn't exist. Please check the custom API link name.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The link name mentioned in the request should match the one specified in the endpoint URL of the custom API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#custom_api_not_found)
 */
export const CUSTOM_API_NOT_FOUND = 9350 as const;

/**
 * 9360: Custom API is in draft or disabled state. Please enable the API and try again.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The custom API's configuration has to be complete and enabled before executing the API request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#custom_api_draft_or_disabled)
 */
export const CUSTOM_API_DRAFT_OR_DISABLED = 9360 as const;

/**
 * 9370: The request contains an invalid public key for this Custom API.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Ensure that the exact public key from the summary of the custom API's configuration is specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#invalid_public_key)
 */
export const INVALID_PUBLIC_KEY = 9370 as const;

/**
 * 9380: You do not have permission to invoke this Custom API. Please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Invoke the custom API as an admin of the organization where it was built, or reach out to the admin to change its user scope from 'Admin Only'.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#admin_only_api)
 */
export const ADMIN_ONLY_API = 9380 as const;

/**
 * 9390: You do not have permission to invoke this Custom API. Please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Reach out to the admin to include the user in the custom API's user scope.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_not_in_scope)
 */
export const USER_NOT_IN_SCOPE = 9390 as const;

/**
 * 9400: The provided HTTP method is not valid for this custom API.
 *
 * HTTP 405 · error · retry: never
 *
 * Fix: The exact value from the summary of the custom API's configuration must be specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/method-not-allowed.html#invalid_http_method)
 */
export const INVALID_HTTP_METHOD = 9400 as const;

/**
 * 9410: The Content-Type specified for this Custom API is invalid.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The exact value from the summary of the custom API's configuration must be specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#invalid_content_type)
 */
export const INVALID_CONTENT_TYPE = 9410 as const;

/**
 * 9430: There is an error while executing Custom API.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: Ensure that any such errors in the Deluge function are rectified before executing it again.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#custom_api_execution_error)
 */
export const CUSTOM_API_EXECUTION_ERROR = 9430 as const;

/**
 * 9450: Datatype mismatch encountered. Please provide a valid value for %s.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The datatype mentioned for the key in the request body should be followed here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#datatype_mismatch)
 */
export const DATATYPE_MISMATCH = 9450 as const;

/**
 * 9460: The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: This should be checked and verified with the custom API's configuration.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#action_configuration_mismatch)
 */
export const ACTION_CONFIGURATION_MISMATCH = 9460 as const;

/**
 * 9470: You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: The user has to accept the invitation sent by the admin to become a confirmed user, after which they can invoke this API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#invitation_not_accepted)
 */
export const INVITATION_NOT_ACCEPTED = 9470 as const;

/**
 * 9480: The specified user does not exist.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Invoke the custom API as a user who belongs to the organization in which it has been created.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_not_found)
 */
export const USER_NOT_FOUND = 9480 as const;

/**
 * 9490: The specified user is currently inactive. To activate, please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: The user has to be activated by an admin or super admin, after which they can invoke this API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_inactive)
 */
export const USER_INACTIVE = 9490 as const;

/**
 * 9500: Invalid Custom API configuration. Please reach out to the admin.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: The correctness of the custom API configuration and whether it is ready to be invoked should be checked.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#invalid_custom_api_configuration)
 */
export const INVALID_CUSTOM_API_CONFIGURATION = 9500 as const;

/**
 * 9510: Invalid domain name. Kindly use the domain - %s
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: The endpoint URL must specify the domain as mentioned in the error message.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/forbidden.html#invalid_domain)
 */
export const INVALID_DOMAIN = 9510 as const;
