// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code as one object, for projects that avoid enums: the module namespace of the per-code constants. Keys are the symbolic names; each value is the per-code constant, which carries the code's documentation.
 */
export * as ZohoCreatorRestCodes from './codes.js';
