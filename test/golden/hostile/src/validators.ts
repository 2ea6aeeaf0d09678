// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { coveredDetailsValidator, tableOf, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';
import { hostileCodeList } from './entries.js';

/** Details schemas by canonical code (annotations left out), checked by detailsOf and detailsIssues; codes without one (or whose schema only says "an object") are checked to be objects. */
export const detailsValidators: DetailsValidators = {
  schemas: /* @__PURE__ */ tableOf<DetailsSchema>(hostileCodeList, [
    { type: "object", additionalProperties: true, required: ["we\"ird"], properties: { "we\"ird": { type: "string" }, "*/": { type: "integer" }, ["__proto__"]: { type: "string" }, normal_key: { type: "array", items: { type: "string" } } } } as DetailsSchema,
  ]),
  // Exactly the keyword sets these schemas use, as the generator checked: the others stay out of the bundle.
  validate: /* @__PURE__ */ coveredDetailsValidator(),
};
