/** @errcat/zoho-crm parseResponse on bodies as the Zoho CRM pages (seeds 001, 002) show them. */
import { describe, expect, it } from 'vitest';
import {
  detailsIssues,
  detailsOf,
  hasCode,
  isZohoCrmError,
  lookup,
  parseResponse,
  retryAdvice,
  toError,
  toProblemDetails,
  ZohoCrmApiError,
  type ZohoCrmAnyError,
  type ZohoCrmParseResult,
} from '@errcat/zoho-crm';
import { parseResponse as parseCreator } from '@errcat/zoho-creator';

const only = (r: ZohoCrmParseResult): ZohoCrmAnyError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as ZohoCrmAnyError;
};

describe('top-level errors {code, details, message, status}', () => {
  it.each([
    [400, 'INVALID_MODULE', {}, 'the module name given seems to be invalid'],
    [400, 'UNABLE_TO_PARSE_DATA_TYPE', {}, 'either the request body or parameters is in wrong format'],
    [400, 'PATTERN_NOT_MATCHED', { api_name: 'type' }, 'Please check whether the input values are correct'],
    [400, 'INVALID_REQUEST_METHOD', {}, 'The http request method type is not a valid one'],
    [400, 'REQUIRED_PARAM_MISSING', { param: 'module' }, 'One of the expected parameter is missing'],
    [401, 'AUTHENTICATION_FAILURE', {}, 'Authentication failed'],
    [401, 'OAUTH_SCOPE_MISMATCH', {}, 'invalid oauth scope to access this URL'],
    [401, 'INVALID_TOKEN', {}, 'invalid oauth token'],
    [403, 'NO_PERMISSION', { permissions: ['Crm_Implied_View_Leads'] }, 'permission denied'],
    [404, 'INVALID_URL_PATTERN', {}, 'Please check if the URL trying to access is a correct one'],
  ] as const)('HTTP %s %s', (status, code, details, message) => {
    const text = JSON.stringify({ code, details, message, status: 'error' }, null, 4);
    const r = parseResponse(text, { status });
    expect(r).toMatchObject({ kind: 'error', status, received: 'json', raw: text });
    const e = only(r);
    expect(e).toMatchObject({ known: true, code, details, message, status });
    if (!e.known) throw new Error(`${code} was not read as a known code`);
    expect(detailsIssues(e)).toEqual([]);
    expect(detailsOf(e)).toEqual(details);
    expect(e.entry?.status).toBe(status);
    expect(isZohoCrmError(e)).toBe(true);
  });

  it('INVALID_DATA with resource_path_index, as the limits page shows it', () => {
    const body = { code: 'INVALID_DATA', details: { resource_path_index: 0 }, message: 'the id given seems to be invalid', status: 'error' };
    const e = only(parseResponse(body, { status: 400 }));
    expect(hasCode(e, 'INVALID_DATA') && detailsOf(e)?.resource_path_index).toBe(0);
  });

  it.each([
    ['AUTHENTICATION_FAILED', 'AUTHENTICATION_FAILURE'],
    ['PATTERN_NO_MATCHED', 'PATTERN_NOT_MATCHED'],
    ['UNABLE_TO_PARSE_DATATYPE', 'UNABLE_TO_PARSE_DATA_TYPE'],
  ])('the heading spelling %s is read as %s', (alias, code) => {
    const e = only(parseResponse({ code: alias, details: { api_name: 'x' }, message: 'm', status: 'error' }, { status: 400 }));
    expect(e.code).toBe(code);
    expect(e.known).toBe(true);
  });
});

describe('per-record results', () => {
  it('DUPLICATE_DATA wrapped in data[] (request-level shape)', () => {
    const text = `{
  "data": [
      {
        "code": "DUPLICATE_DATA",
        "details": {
            "api_name": "Mobile",
            "id": "4150868000001747019"
        },
        "message": "duplicate data",
        "status": "error"
     }
  ]
}`;
    const r = parseResponse(text, { status: 400 });
    expect(r.kind).toBe('error');
    const e = only(r);
    expect(e.index).toBe(0);
    if (!hasCode(e, 'DUPLICATE_DATA')) throw new Error('expected DUPLICATE_DATA');
    expect(e.details).toEqual({ api_name: 'Mobile', id: '4150868000001747019' });
    expect(detailsOf(e)).toBe(e.details);
  });

  it.each(['users', 'territories', 'tags', '__composite_requests', 'Emails'])('entries in %s[]', (array) => {
    const r = parseResponse({ [array]: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'role' }, message: 'required field not found', status: 'error' }] });
    expect(only(r)).toMatchObject({ code: 'MANDATORY_NOT_FOUND', index: 0, details: { api_name: 'role' } });
  });

  it('LICENSE_LIMIT_EXCEEDED in users[]', () => {
    const r = parseResponse(
      '{"users":[{"code":"LICENSE_LIMIT_EXCEEDED","details":{},"message":"Request exceeds your license limit. Need to upgrade in order to add a user","status":"error"}]}',
      { status: 400 },
    );
    expect(only(r)).toMatchObject({ code: 'LICENSE_LIMIT_EXCEEDED', known: true, index: 0 });
  });

  const insert = {
    data: [
      {
        code: 'SUCCESS',
        details: { Modified_Time: '2026-01-10T10:00:00+05:30', id: '4150868000001747020', Created_Time: '2026-01-10T10:00:00+05:30' },
        message: 'record added',
        status: 'success',
      },
      { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name', json_path: '$.data[1].Last_Name' }, message: 'required field not found', status: 'error' },
      { code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: '4150868000001747019' }, message: 'duplicate data', status: 'error' },
    ],
  };

  it.each([207, 200])('a mixed insert under HTTP %s is partial, with every record in position', (status) => {
    const r = parseResponse(JSON.stringify(insert), { status });
    expect(r.kind).toBe('partial');
    expect(r.entries.map((e) => [e.index, e.code, e.kind])).toEqual([
      [0, 'SUCCESS', 'success'],
      [1, 'MANDATORY_NOT_FOUND', 'error'],
      [2, 'DUPLICATE_DATA', 'error'],
    ]);
    expect(r.errors.map((e) => e.index)).toEqual([1, 2]);
    const success = r.entries[0];
    expect(hasCode(success, 'SUCCESS') && detailsOf(success)?.id).toBe('4150868000001747020');
  });

  it('an entry whose details.errors[] holds the real causes', () => {
    const body = {
      data: [
        {
          code: 'INVALID_DATA',
          details: {
            errors: [
              { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' }, message: 'required field not found', status: 'error' },
              { code: 'INVALID_DATA', details: { api_name: 'Email', expected_data_type: 'email' }, message: 'invalid data', status: 'error' },
            ],
          },
          message: 'invalid data',
          status: 'error',
        },
      ],
    };
    const e = only(parseResponse(body, { status: 400 }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.causes.map((c) => [c.code, c.known, c.status])).toEqual([
      ['MANDATORY_NOT_FOUND', true, 400],
      ['INVALID_DATA', true, 400],
    ]);
    const [missing] = e.causes;
    expect(hasCode(missing, 'MANDATORY_NOT_FOUND') && detailsOf(missing)?.api_name).toBe('Last_Name');
  });

  it('a GET payload of records without codes is a success', () => {
    const r = parseResponse('{"data":[{"id":"1","Last_Name":"Smith"}],"info":{"per_page":200,"count":1,"page":1,"more_records":false}}', { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [], entries: [] });
  });
});

describe('empty bodies, headers, non-JSON', () => {
  it.each([204, 304])('HTTP %s with no body is success without content', (status) => {
    expect(parseResponse('', { status })).toMatchObject({ kind: 'success', errors: [], entries: [], received: 'empty' });
  });

  it('an empty body under 200 is an error that says so', () => {
    expect(only(parseResponse('', { status: 200 }))).toMatchObject({ reason: 'empty-body', status: 200 });
  });

  it('surfaces X-API-CREDITS-REMAINING as an integer and Retry-After in seconds', () => {
    const r = parseResponse(
      '{"code":"TOO_MANY_REQUESTS","details":{},"status":"error"}',
      { status: 429, headers: { 'X-API-CREDITS-REMAINING': '0', 'retry-after': '45' } },
    );
    expect(r.headers).toEqual({ creditsRemaining: 0, retryAfter: 45 });
    const e = only(r);
    // No message sent: the catalog's, from the response example of Get Available APIs in Zoho's
    // OpenAPI specification (v8.0, YAML edition).
    expect(e.message).toBe('Rate limit exceeded. Please retry after the specified time.');
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 45 });
    expect(retryAdvice(only(parseResponse('{"code":"TOO_MANY_REQUESTS"}', { status: 429 })))).toEqual({ retry: 'after-delay', delaySeconds: 60 });
  });

  it('reads fetch-style Headers', () => {
    const headers = { get: (name: string) => (name.toLowerCase() === 'x-api-credits-remaining' ? '4980' : null) };
    expect(parseResponse('{"data":[]}', { status: 200, headers }).headers).toEqual({ creditsRemaining: 4980 });
  });

  it('a 401 HTML page keeps its status and text', () => {
    const html = '<html><head><title>Unauthorized</title></head><body>Access denied</body></html>';
    const r = parseResponse(html, { status: 401 });
    expect(r).toMatchObject({ kind: 'error', status: 401, raw: html, received: 'html' });
    expect(only(r)).toMatchObject({ known: false, reason: 'non-json', status: 401 });
  });

  it('an OAuth error body without a code is no-code, with the status', () => {
    const r = parseResponse('{"error":"invalid_code"}', { status: 400 });
    expect(r.data).toEqual({ error: 'invalid_code' });
    expect(only(r)).toMatchObject({ known: false, reason: 'no-code', status: 400, raw: '{"error":"invalid_code"}' });
  });
});

describe('details checked against the catalog schema', () => {
  it('a mismatch is found by detailsIssues; parsing hands the details over as they arrived', () => {
    const r = parseResponse({ code: 'NO_PERMISSION', details: { permissions: 'Crm_Implied_View_Leads' }, message: 'permission denied', status: 'error' }, { status: 403 });
    expect(r.kind).toBe('error');
    const e = only(r);
    if (!hasCode(e, 'NO_PERMISSION')) throw new Error('expected NO_PERMISSION');
    expect(e.details).toEqual({ permissions: 'Crm_Implied_View_Leads' });
    expect(detailsOf(e)).toBeUndefined();
    expect(detailsIssues(e)).toEqual([{ path: '/permissions', keyword: 'type', message: 'must be array' }]);
  });

  // Kaizen #177 (help.zoho.com, "Duplicate Check Preferences API vs. Upsert API"): a lead whose
  // Email matches a contact, found through the duplicate check preference. The existing record is
  // under duplicate_record, with no top-level id: the schema must not require one.
  const kaizen177 = {
    data: [
      {
        code: 'DUPLICATE_DATA',
        details: {
          api_name: 'Email',
          duplicate_record: {
            Owner: { name: 'Patricia Boyle', id: '5725767000000411001', zuid: '808233918' },
            module: { api_name: 'Contacts', id: '5725767000000002179' },
            id: '5725767000000774010',
          },
          json_path: '$.data[0].Email',
          more_records: false,
        },
        message: 'duplicate data',
        status: 'error',
      },
    ],
  };

  it('DUPLICATE_DATA as Kaizen #177 shows it (duplicate_record, no top-level id) has typed details', () => {
    const e = only(parseResponse(JSON.stringify(kaizen177), { status: 400 }));
    if (e.code !== 'DUPLICATE_DATA') throw new Error('expected DUPLICATE_DATA');
    expect(detailsIssues(e)).toEqual([]);
    const details = detailsOf(e);
    if (!details) throw new Error('expected typed DUPLICATE_DATA details');
    expect(details.duplicate_record?.id).toBe('5725767000000774010');
    expect(details.duplicate_record?.module).toEqual({ api_name: 'Contacts', id: '5725767000000002179' });
  });

  it('detailsOf and detailsIssues refuse, with a TypeError that says so, what TypeScript refuses: null, unknown errors, other APIs\' errors', () => {
    const unknown = only(parseResponse({ code: 'BRAND_NEW_CODE', message: 'x' }, { status: 400 }));
    const other = parseCreator({ code: 9450, message: 'x' }, { status: 400 }).errors[0];
    for (const value of [null, unknown, other]) {
      expect(() => detailsOf(value as never)).toThrow(/^errcat: expected a known zoho-crm error \(narrow on its code first\), got /);
      expect(() => detailsIssues(value as never)).toThrow(TypeError);
    }
  });

  it('nested properties are checked', () => {
    const body = structuredClone(kaizen177);
    (body.data[0] as { details: { duplicate_record: { id: unknown } } }).details.duplicate_record.id = 5725767000000774010;
    const e = only(parseResponse(body, { status: 400 }));
    if (e.code !== 'DUPLICATE_DATA') throw new Error('expected DUPLICATE_DATA');
    expect(detailsOf(e)).toBeUndefined();
    expect(detailsIssues(e)).toEqual([{ path: '/duplicate_record/id', keyword: 'type', message: 'must be string' }]);
  });
});

describe('guards, errors, advice', () => {
  const invalidToken = parseResponse('{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}', { status: 401 });

  it('retryAdvice: refresh the token for INVALID_TOKEN, never for DUPLICATE_DATA', () => {
    expect(retryAdvice(only(invalidToken))).toEqual({ retry: 'after-reauth', reauth: 'refresh' });
    expect(retryAdvice(only(parseResponse({ code: 'DUPLICATE_DATA' })))).toEqual({ retry: 'never' });
  });

  it('retryAdvice: a token without the scope is authorized again (a refresh keeps the scopes and fails the same way)', () => {
    const e = only(parseResponse({ code: 'OAUTH_SCOPE_MISMATCH', details: {}, message: 'invalid oauth scope to access this URL', status: 'error' }, { status: 401 }));
    expect(e).toMatchObject({ known: true, code: 'OAUTH_SCOPE_MISMATCH' });
    expect(retryAdvice(e)).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
  });

  it('toError gives a ZohoCrmApiError with code, message, status and body', () => {
    const error = toError(invalidToken);
    expect(error).toBeInstanceOf(ZohoCrmApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ZohoCrmApiError');
    expect(error.message).toBe('[zoho-crm] INVALID_TOKEN: invalid oauth token (HTTP 401)');
    expect(error.status).toBe(401);
    expect(error.body).toBe(invalidToken.raw);
    expect(error.errors).toBe(invalidToken.errors);
    expect(String(error.stack)).toContain('invalid oauth token');
  });

  it('toError names the status once when the text errcat wrote for the body already does', () => {
    const error = toError(parseResponse('<html><title>502 Bad Gateway</title></html>', { status: 502 }));
    expect(error.message).toBe('[zoho-crm] non-json: Received an HTML page instead of JSON (HTTP 502): 502 Bad Gateway');
  });

  it('toProblemDetails points at the code\'s section of its group page', () => {
    expect(toProblemDetails(only(invalidToken))).toEqual({
      type: 'https://errcat.github.io/errcat/zoho-crm/unauthorized.html#invalid_token',
      title: 'Invalid token',
      status: 401,
      detail: 'invalid oauth token',
      code: 'INVALID_TOKEN',
      details: {},
    });
  });

  it('hasCode and isZohoCrmError reject other APIs and unknown codes', () => {
    const e = only(invalidToken);
    expect(hasCode(e, 'INVALID_TOKEN')).toBe(true);
    expect(hasCode(e, 'DUPLICATE_DATA')).toBe(false);
    expect(hasCode({ ...e, api: 'zoho-creator' }, 'INVALID_TOKEN')).toBe(false);
    expect(isZohoCrmError({ ...e, api: 'hyper' })).toBe(false);
    expect(hasCode(only(parseResponse({ code: 'NEW_CODE' })), 'INVALID_TOKEN')).toBe(false);
  });
});

/**
 * Bodies shaped as Zoho's OpenAPI specification of the CRM API (zoho/crm-oas v8.0, commit 45dff2c)
 * declares them: code, message enum and details schema of the named component schemas.
 */
describe('codes from Zoho\'s OpenAPI specification', () => {
  it('CRITERIA_LIMIT_EXCEEDED (module_search.json Max_criteria): the limit is recovered from the message', () => {
    const body = { code: 'CRITERIA_LIMIT_EXCEEDED', details: { limit: 15 }, message: 'no of criterium that can be given exceed the limit 15', status: 'error' };
    const e = only(parseResponse(body, { status: 400 }));
    expect(e).toMatchObject({ known: true, code: 'CRITERIA_LIMIT_EXCEEDED', variant: 0, params: { limit: '15' } });
    expect(hasCode(e, 'CRITERIA_LIMIT_EXCEEDED') && detailsOf(e)).toEqual({ limit: 15 });
  });

  it('INVALID_URL_PATTERN under 400 with the spec\'s wording (duplicate_check_preference.json) picks that variant', () => {
    const message = 'Please check if the URL trying to access is a correct one.';
    const e = only(parseResponse({ code: 'INVALID_URL_PATTERN', details: {}, message, status: 'error' }, { status: 400 }));
    if (!e.known) throw new Error(`expected a known error, got ${e.reason}`);
    const variant = lookup('INVALID_URL_PATTERN')?.variants?.[e.variant as number];
    expect(variant?.message).toBe(message);
    expect(variant?.statuses).toContain(400);
  });

  it('the spec\'s spelling InvalidModule (layouts.json InvalidParamError) is read as INVALID_MODULE', () => {
    const e = only(parseResponse({ code: 'InvalidModule', details: {}, message: 'the module name given seems to be invalid', status: 'error' }, { status: 400 }));
    expect(e).toMatchObject({ known: true, code: 'INVALID_MODULE' });
  });

  it('INTERNAL_SERVER_ERROR under 500 (available_currencies.json): known, with the message of the specification\'s examples, retried after a delay', () => {
    const e = only(parseResponse({ code: 'INTERNAL_SERVER_ERROR', details: {}, message: 'Internal Server Error', status: 'error' }, { status: 500 }));
    expect(e).toMatchObject({ known: true, code: 'INTERNAL_SERVER_ERROR', status: 500 });
    expect(lookup('INTERNAL_SERVER_ERROR')?.message).toBe('Internal Server Error');
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 30 });
  });
});

describe('entries nested below the top level (envelope entryPaths)', () => {
  // Bulk Invite Job Status, sample response when job_id is sent:
  // https://www.zoho.com/crm/developer/docs/api/v5/get-portal-invite-users-job-status.html
  const job = {
    portal_invite: [
      {
        data: [{ details: { id: '5020928000001843001' }, code: 'SUCCESS', message: 'An Invite has been sent to the personality.', status: 'success' }],
        job_id: '5020928000002387017',
        status: 'completed',
      },
    ],
  };

  it('portal_invite[].data[]: the invitation result is read as an entry, with the page\'s message variant', () => {
    const r = parseResponse(JSON.stringify(job), { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [] });
    expect(r.entries).toHaveLength(1);
    const e = r.entries[0] as ZohoCrmAnyError;
    expect(e).toMatchObject({ known: true, code: 'SUCCESS', details: { id: '5020928000001843001' } });
    if (!e.known) throw new Error(`expected a known error, got ${e.reason}`);
    expect(lookup('SUCCESS')?.variants?.[e.variant as number]?.message).toBe('An Invite has been sent to the personality.');
  });

  it('portal_invite[].data[]: a CANNOT_PROCESS item (the page: "CANNOT_PROCESS" indicates an error) is an error next to the success', () => {
    // The page documents no message for a failed invitation: this item's message is a placeholder.
    const failed = { details: { id: '5020928000002121016' }, code: 'CANNOT_PROCESS', message: 'invitation not sent', status: 'error' };
    const body = { portal_invite: [{ ...job.portal_invite[0], data: [job.portal_invite[0]!.data[0], failed] }] };
    const r = parseResponse(body, { status: 200 });
    expect(r.entries.map((e) => [e.code, e.kind])).toEqual([
      ['SUCCESS', 'success'],
      ['CANNOT_PROCESS', 'error'],
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ known: true, code: 'CANNOT_PROCESS', status: 200 });
  });
});

describe('Delete a Holiday (v6): the page\'s sample response', () => {
  // https://www.zoho.com/crm/developer/docs/api/v6/delete-holiday.html, sample response as the page shows it.
  const body = '{"holidays":[{"code":"SUCCESS","details":{"id":"3652397000011199002"},"message":"Holiday deleted successfully","status":"success"}]}';

  it('is a success whose entry is the singular message\'s variant, not the specification\'s plural one', () => {
    const r = parseResponse(body, { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [] });
    const e = r.entries[0] as ZohoCrmAnyError;
    if (!e.known) throw new Error(`expected a known entry, got ${e.reason}`);
    const variants = lookup('SUCCESS')?.variants ?? [];
    expect(variants[e.variant as number]?.message).toBe('Holiday deleted successfully');
    expect(variants.map((v) => v.message)).toContain('Holidays deleted successfully');
  });
});

describe('statuses the per-API pages give beside the specification\'s', () => {
  it('FILE_SIZE_MORE_THAN_ALLOWED_SIZE under 415 (Upload Organization Photo, v8)', () => {
    expect(lookup('FILE_SIZE_MORE_THAN_ALLOWED_SIZE')?.statuses).toContain(415);
    const r = parseResponse('{"code":"FILE_SIZE_MORE_THAN_ALLOWED_SIZE","details":{},"message":"Please check if the file size is in the correct range","status":"error"}', { status: 415 });
    expect(r.errors[0]).toMatchObject({ known: true, code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', status: 415 });
  });

  it('REQUIRED_PARAM_MISSING under 404 (Mass Change Owner Status, v6: no job_id) is its primary variant', () => {
    expect(lookup('REQUIRED_PARAM_MISSING')?.statuses).toContain(404);
    const r = parseResponse('{"code":"REQUIRED_PARAM_MISSING","details":{"param":"job_id"},"message":"One of the expected parameter is missing","status":"error"}', { status: 404 });
    expect(r.errors[0]).toMatchObject({ known: true, code: 'REQUIRED_PARAM_MISSING', status: 404, variant: 0 });
  });
});

describe('an entry object under a key (envelope entryPaths "tags")', () => {
  // Delete Tags (v3) answers with the result object directly under "tags", not in an array:
  // https://www.zoho.com/crm/developer/docs/api/v3/delete-tag.html — the search tool showed the
  // sample only up to `{"tags": {"code": "S…`; the rest of this body (details.id from the page's
  // sample request, the message Zoho's v8 specification gives tag deletion) fills in that shape.
  const deleted = { tags: { code: 'SUCCESS', details: { id: '2000000035058' }, message: 'tags deleted successfully', status: 'success' } };

  it('is read as the one entry of the body', () => {
    const r = parseResponse(JSON.stringify(deleted), { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [] });
    expect(r.entries.map((e) => [e.code, e.kind])).toEqual([['SUCCESS', 'success']]);
  });

  it('the array form (v8) is still read once per item, not twice', () => {
    const r = parseResponse({ tags: [deleted.tags, deleted.tags] }, { status: 200 });
    expect(r.entries).toHaveLength(2);
  });
});
