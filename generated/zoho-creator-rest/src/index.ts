// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

export * from './codes.js';
export type * from './errors.js';
export type * from './details.js';
export * from './messages.js';
export * from './entries.js';
export * from './retry.js';
export * from './parse.js';
export * from './code-object.js';
