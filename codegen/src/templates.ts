/**
 * Where the Handlebars templates live. Resolved in this module because it sits one folder below
 * codegen/, as the bundle does (codegen/dist/errcat.mjs, which inlines it): the same relative URL
 * is right whether the generator runs from source or bundled.
 */
export const TEMPLATES_DIR = new URL('../templates/', import.meta.url);
