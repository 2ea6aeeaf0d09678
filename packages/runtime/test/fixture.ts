/**
 * A small hand-written "generated package" for the runtime's own tests: a spec shaped like Zoho
 * CRM's envelope and one like Hyper's, with lookup tables built the way entries.ts builds them.
 */
import { normalizeCode, table, validateDetails, type CodeEntry, type DetailsSchema, type ParseSpec, type WireCode } from '../src/index.js';

function entry(code: WireCode, fields: Partial<CodeEntry> = {}): CodeEntry {
  const base = {
    code,
    name: String(code),
    status: 400,
    statuses: [fields.status ?? 400],
    kind: 'error' as const,
    message: `${String(code)} happened`,
    params: [],
    retry: 'never' as const,
    docs: `https://docs.example/${String(code)}.md`,
    group: 'common',
    aliases: [],
    ...fields,
  };
  // As entryFromRow builds it: the entry's own status, message and params are variant 0.
  const primary = { index: 0, status: base.status, statuses: base.statuses, message: base.message, params: base.params, paramDefaults: base.paramDefaults };
  return { ...base, variants: fields.variants ?? [primary] };
}

export const stringEntries = table<{ readonly [code: string]: CodeEntry | undefined }>({
  SUCCESS: entry('SUCCESS', { status: 200, kind: 'success', message: 'record added' }),
  DUPLICATE_DATA: entry('DUPLICATE_DATA', { message: 'duplicate data' }),
  INVALID_TOKEN: entry('INVALID_TOKEN', { status: 401, message: 'invalid oauth token', retry: 'after-reauth', reauth: 'refresh' }),
  TOO_MANY_REQUESTS: entry('TOO_MANY_REQUESTS', { status: 429, retry: 'after-delay', retryDelaySeconds: 60 }),
  LIMITED: entry('LIMITED', { status: 429, retry: 'after-delay' }),
  MANDATORY_NOT_FOUND: entry('MANDATORY_NOT_FOUND', { message: 'required field not found' }),
  INVALID_DATA: entry('INVALID_DATA', { message: 'invalid data' }),
  FIELD_TOO_LONG: entry('FIELD_TOO_LONG', { message: 'Value of %s is longer than %s characters', params: ['field', 'limit'] }),
  AUTHENTICATION_FAILURE: entry('AUTHENTICATION_FAILURE', { status: 401, aliases: ['AUTHENTICATION_FAILED'] }),
  // Errors the vendor sends under 200: also under 400, or only ever under 200 (toProblemDetails).
  UNDER_200: entry('UNDER_200', { status: 200, statuses: [200, 400] }),
  ONLY_200: entry('ONLY_200', { status: 200, statuses: [200] }),
});
const stringAliases = table<{ readonly [alias: string]: string | undefined }>({ AUTHENTICATION_FAILED: 'AUTHENTICATION_FAILURE' });

export function lookupString(code: unknown): CodeEntry | undefined {
  if (typeof code !== 'string') return undefined;
  const found = stringEntries[code];
  if (found !== undefined) return found;
  const canonical = stringAliases[code];
  return canonical === undefined ? undefined : stringEntries[canonical];
}

/** DUPLICATE_DATA details must carry string `api_name` and `id`. */
const duplicateDetails: DetailsSchema = {
  type: 'object',
  properties: { api_name: { type: 'string' }, id: { type: 'string' } },
  required: ['api_name', 'id'],
};

export const crmLikeSpec: ParseSpec = {
  api: 'crm-like',
  codeField: 'code',
  codeType: 'string',
  messageFields: ['message'],
  detailsField: 'details',
  statusField: 'status',
  recordArrays: ['data', 'users', '__composite_requests'],
  nestedErrorsPath: 'details.errors',
  partialStatuses: [207],
  emptyBodyStatuses: [204, 304],
  headers: {
    creditsRemaining: { header: 'X-API-CREDITS-REMAINING', type: 'integer' },
    retryAfter: { header: 'Retry-After', type: 'seconds-or-date' },
    requestId: { header: 'X-Request-Id', type: 'string' },
  },
};

export const crmLikeTables = { lookup: lookupString };
/** The crm-like codes' details schemas, as a generated package hands them to checkDetails. */
export const crmLikeValidators = { schemas: table({ DUPLICATE_DATA: duplicateDetails }), validate: validateDetails };

export const integerEntries = table<{ readonly [code: string]: CodeEntry | undefined }>({
  0: entry(0, { status: 200, kind: 'success', message: 'Success.' }),
  1: entry(1, { status: 200, kind: 'partial', message: 'Incomplete success.' }),
  2: entry(2, { status: 200, kind: 'success', message: 'No Results / Data.' }),
  7: entry(7, { message: 'Please fill up the required fields.' }),
  25: entry(25, { status: 422, message: 'Email address is not valid: %s', params: ['emailAddress'] }),
});

export function lookupInteger(code: unknown): CodeEntry | undefined {
  const key = normalizeCode(code, 'integer');
  return key === undefined ? undefined : integerEntries[key];
}

export const hyperLikeSpec: ParseSpec = {
  api: 'hyper-like',
  codeField: 'ResponseCode',
  codeType: 'integer',
  messageFields: ['ResponseMsgEng', 'description'],
};

export const hyperLikeTables = { lookup: lookupInteger };
