// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { tableOf, validateDetails, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';
import { zohoCrmCodeList } from './entries.js';

/** Details schemas by canonical code (annotations left out), checked by parseResponse; codes without a details schema have none. */
export const detailsValidators: DetailsValidators = {
  schemas: /* @__PURE__ */ tableOf<DetailsSchema>(zohoCrmCodeList, [
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { api_name: { type: "string" }, id: { type: "string" }, json_path: { type: "string" }, supported_values: { type: "array", items: { type: "string" } } }, required: ["api_name", "id"], additionalProperties: true } as DetailsSchema,
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { api_name: { type: "string" }, expected_data_type: { type: "string" }, id: { type: "string" }, index: { type: "integer" }, job_id: {}, json_path: { type: "string" }, limit: {}, maximum_length: { type: "integer" }, minimum_length: { type: "integer" }, owner_status: {}, param: { type: "string" }, param_name: { type: "string" }, reason: { type: "string" }, regex: { type: "string" }, related_status: {}, resource_path_index: { type: "integer" }, supported_values: { type: "array", items: { type: "string" } } }, additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { api_name: { type: "string" }, param: { type: "string" }, param_name: { type: "string" }, resource_path_index: { type: "integer" } }, additionalProperties: true } as DetailsSchema,
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { limit: {} }, additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { api_name: { type: "string" }, expected_data_type: { type: "string" }, index: { type: "integer" }, json_path: { type: "string" }, param_name: { type: "string" }, parent_api_name: { type: "string" }, resource_path_index: { type: "integer" }, supported_values: { type: "array", items: { type: "string" } } }, required: ["api_name"], additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { permissions: { type: "array", items: { type: "string" } }, api_name: { type: "string" }, json_path: { type: "string" }, resource_path_index: { type: "integer" } }, required: ["permissions"], additionalProperties: true } as DetailsSchema,
    { type: "object", additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { api_name: { type: "string" } }, required: ["api_name"], additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { param: { type: "string" }, api_name: { type: "string" }, param_name: { type: "string" } }, required: ["param"], additionalProperties: true } as DetailsSchema,
    { type: "object", properties: { id: { type: "string" }, Created_Time: { type: "string" }, Modified_Time: { type: "string" }, Created_By: { type: "object" }, Modified_By: { type: "object" } }, additionalProperties: true } as DetailsSchema,
    ,
    { type: "object", additionalProperties: true } as DetailsSchema,
  ]),
  validate: validateDetails,
};
