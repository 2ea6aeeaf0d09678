// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table, validateDetails, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';

/** Details schemas by canonical code (annotations left out), checked by parseResponse; codes without a details schema have none. */
export const detailsValidators: DetailsValidators = {
  schemas: /* @__PURE__ */ table<{ readonly [code: string]: DetailsSchema | undefined }>({
    7: { type: "object", properties: { field: { type: "string" } }, required: ["field"] },
  }),
  validate: validateDetails,
};
