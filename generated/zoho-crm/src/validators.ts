// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table, validateDetails, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';

/** Details schemas by canonical code (annotations left out), checked by parseResponse; codes without a details schema have none. */
export const detailsValidators: DetailsValidators = {
  schemas: /* @__PURE__ */ table<{ readonly [code: string]: DetailsSchema | undefined }>({
    AUTHENTICATION_FAILURE: { type: "object", additionalProperties: true },
    DUPLICATE_DATA: { type: "object", properties: { api_name: { type: "string" }, id: { type: "string" }, json_path: { type: "string" }, supported_values: { type: "array", items: { type: "string" } } }, required: ["api_name", "id"], additionalProperties: true },
    FEATURE_NOT_SUPPORTED: { type: "object", additionalProperties: true },
    INVALID_DATA: { type: "object", properties: { api_name: { type: "string" }, expected_data_type: { type: "string" }, id: { type: "string" }, index: { type: "integer" }, job_id: {}, json_path: { type: "string" }, limit: {}, maximum_length: { type: "integer" }, minimum_length: { type: "integer" }, owner_status: {}, param: { type: "string" }, param_name: { type: "string" }, reason: { type: "string" }, regex: { type: "string" }, related_status: {}, resource_path_index: { type: "integer" }, supported_values: { type: "array", items: { type: "string" } } }, additionalProperties: true },
    INVALID_MODULE: { type: "object", properties: { api_name: { type: "string" }, param: { type: "string" }, param_name: { type: "string" }, resource_path_index: { type: "integer" } }, additionalProperties: true },
    INVALID_REQUEST_METHOD: { type: "object", additionalProperties: true },
    INVALID_TOKEN: { type: "object", additionalProperties: true },
    INVALID_URL_PATTERN: { type: "object", additionalProperties: true },
    LICENSE_LIMIT_EXCEEDED: { type: "object", properties: { limit: {} }, additionalProperties: true },
    MANDATORY_NOT_FOUND: { type: "object", properties: { api_name: { type: "string" }, expected_data_type: { type: "string" }, index: { type: "integer" }, json_path: { type: "string" }, param_name: { type: "string" }, parent_api_name: { type: "string" }, resource_path_index: { type: "integer" }, supported_values: { type: "array", items: { type: "string" } } }, required: ["api_name"], additionalProperties: true },
    NO_PERMISSION: { type: "object", properties: { permissions: { type: "array", items: { type: "string" } }, api_name: { type: "string" }, json_path: { type: "string" }, resource_path_index: { type: "integer" } }, required: ["permissions"], additionalProperties: true },
    OAUTH_SCOPE_MISMATCH: { type: "object", additionalProperties: true },
    PATTERN_NOT_MATCHED: { type: "object", properties: { api_name: { type: "string" } }, required: ["api_name"], additionalProperties: true },
    REQUIRED_PARAM_MISSING: { type: "object", properties: { param: { type: "string" }, api_name: { type: "string" }, param_name: { type: "string" } }, required: ["param"], additionalProperties: true },
    SUCCESS: { type: "object", properties: { id: { type: "string" }, Created_Time: { type: "string" }, Modified_Time: { type: "string" }, Created_By: { type: "object" }, Modified_By: { type: "object" } }, additionalProperties: true },
    UNABLE_TO_PARSE_DATA_TYPE: { type: "object", additionalProperties: true },
  }),
  validate: validateDetails,
};
