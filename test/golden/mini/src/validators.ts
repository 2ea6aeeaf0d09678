// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { coveredDetailsValidator, tableOf, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';
import { miniCodeList } from './entries.js';

/** Details schemas by canonical code (annotations left out), checked by detailsOf and detailsIssues; codes without one (or whose schema only says "an object") are checked to be objects. */
export const detailsValidators: DetailsValidators = {
  schemas: /* @__PURE__ */ tableOf<DetailsSchema>(miniCodeList, [
    ,
    ,
    { type: "object", properties: { field: { type: "string" } }, required: ["field"] } as DetailsSchema,
  ]),
  // Exactly the keyword sets these schemas use, as the generator checked: the others stay out of the bundle.
  validate: /* @__PURE__ */ coveredDetailsValidator(),
};
