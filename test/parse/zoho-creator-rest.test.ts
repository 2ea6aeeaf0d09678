/**
 * @errcat/zoho-creator-rest: Zoho Creator's REST API v2/v2.1 bodies, `{code, message}` and
 * `{code, description}`, one code with several documented (status, message) variants, and the
 * per-record `result` array of Add Records. Codes and messages from
 * https://www.zoho.com/creator/help/api/v2.1/status-codes.html (V21) and
 * https://www.zoho.com/creator/help/api/v2/status-codes.html (V2, the v2 status code table).
 * The further codes come from the error lists of the OpenAPI specifications that Zoho offers for
 * download on each v2.1 API page: Get Sections (SECTIONS,
 * https://www.zoho.com/creator/help/api/v2.1/get-sections.html), Update Records (UPDATE,
 * https://www.zoho.com/creator/help/api/v2.1/update-records.html), Delete Records (DELETE,
 * https://www.zoho.com/creator/help/api/v2.1/delete-records.html) and Upload File (UPLOAD,
 * https://www.zoho.com/creator/help/api/v2.1/upload-file.html). The Bulk Insert codes come from the
 * whole-API specification offered for download at
 * https://www.zoho.com/creator/help/api/v2/openapi-specification.html (OAS).
 */
import { describe, expect, it } from 'vitest';
import { lookup as customApiLookup } from '@errcat/zoho-creator';
import {
  formatMessage,
  hasCode,
  lookup,
  parseResponse,
  retryAdvice,
  type ZohoCreatorRestAnyError,
  type ZohoCreatorRestParseResult,
} from '@errcat/zoho-creator-rest';

const only = (r: ZohoCreatorRestParseResult): ZohoCreatorRestAnyError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as ZohoCreatorRestAnyError;
};

describe('one code, several documented variants (V21)', () => {
  it('1000 under 404 is "Invalid API URL format." with no parameters', () => {
    const e = only(parseResponse('{"code":1000,"message":"Invalid API URL format."}', { status: 404 }));
    expect(e).toMatchObject({ known: true, code: 1000, status: 404, message: 'Invalid API URL format.', params: {}, variant: 0 });
  });

  it('1000 under 401 is the mandatory-parameter variant, and the parameter comes back', () => {
    const body = {
      code: 1000,
      message: "A mandatory parameter - 'account_owner_name' is either absent or has been used twice. Please check and try again.",
    };
    const e = only(parseResponse(body, { status: 401 }));
    expect(e).toMatchObject({ known: true, code: 1000, status: 401, variant: 1 });
    if (!hasCode(e, 1000)) throw new Error('expected 1000');
    expect(e.params).toEqual({ parameter: 'account_owner_name' });
  });

  it('1040: either documented message is the same code; only the first carries the owner name', () => {
    const named = only(parseResponse({ code: 1040, message: 'No account owner named "jason18" found.' }, { status: 404 }));
    expect(named).toMatchObject({ variant: 0, params: { ownerName: 'jason18' } });
    const plain = only(parseResponse({ code: 1040, message: 'There is no such user.' }, { status: 404 }));
    expect(plain).toMatchObject({ known: true, code: 1040, params: {}, variant: 1 });
    expect(plain.entry?.name).toBe('ACCOUNT_OWNER_NOT_FOUND');
  });

  it('1060 under 403 (application not shared) and under 401 (unsupported parameter)', () => {
    const forbidden = only(parseResponse({ code: 1060, message: 'You do not have permission to access this application. Please check with the application admin.' }, { status: 403 }));
    expect(forbidden).toMatchObject({ known: true, status: 403, params: {}, variant: 0 });
    const parameter = only(parseResponse({ code: 1060, message: 'Invalid request parameter found - field_config' }, { status: 401 }));
    expect(parameter).toMatchObject({ variant: 1, params: { parameter: 'field_config' } });
  });

  it('the message outweighs the status: the 401 text under another status is still the 401 variant', () => {
    const e = only(parseResponse({ code: 1000, message: "A mandatory parameter - 'report_link_name' is either absent or has been used twice. Please check and try again." }, { status: 400 }));
    expect(e).toMatchObject({ variant: 1, params: { parameter: 'report_link_name' } });
    // A text that fits no template: the status picks the variant.
    expect(only(parseResponse({ code: 1060, message: 'Something else' }, { status: 401 }))).toMatchObject({ known: true, variant: 1 });
    expect(only(parseResponse({ code: 1060, message: 'Something else' }, { status: 403 }))).toMatchObject({ known: true, variant: 0 });
  });

  it('lookup lists every variant of 1000, 1040 and 1060', () => {
    expect(lookup(1000)?.variants?.map((v) => v.status)).toEqual([404, 401, 401]);
    expect(lookup(1040)?.variants?.map((v) => v.message)).toEqual(['No account owner named "%s" found.', 'There is no such user.', 'No account owner named %s found.']);
    // The OpenAPI specification's wording (no quotation marks) recovers the owner's name too.
    for (const [message, variant] of [['No account owner named "jason18" found.', 0], ['No account owner named jason18 found.', 2]] as const) {
      const e = only(parseResponse({ code: 1040, message }, { status: 404 }));
      expect(e).toMatchObject({ known: true, code: 1040, variant, params: { ownerName: 'jason18' } });
    }
    expect(lookup(1060)?.variants?.map((v) => v.params)).toEqual([[], ['parameter']]);
  });

  it('formatMessage fills the primary template', () => {
    expect(formatMessage(1040, 'jason18')).toBe('No account owner named "jason18" found.');
    expect(formatMessage(8011, 'Amount')).toBe("'Amount' has exceeded its maximum digits.");
  });
});

describe('Creator envelopes', () => {
  it('text under description, and the code sent as a number or as a string, is the same error (V21 1030)', () => {
    const text = 'Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information.';
    for (const code of [1030, '1030']) {
      const e = only(parseResponse({ code, description: text }, { status: 401 }));
      expect(e).toMatchObject({ known: true, code: 1030, message: text });
      expect(retryAdvice(e)).toEqual({ retry: 'after-reauth', reauth: 'refresh' });
    }
  });

  it('4000 comes with HTTP 200 and is still an error: the daily Developer API limit (V2)', () => {
    // The body as Creator sends it, byte for byte.
    const r = parseResponse('{"code": 4000,\n "message": "Account\'s Developer API limit has been reached. Please upgrade to execute more REST API calls."}', { status: 200 });
    expect(r.kind).toBe('error');
    const e = only(r);
    expect(e).toMatchObject({ known: true, code: 4000, status: 200 });
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 86400 });
  });

  it('4000 is a different limit in the custom-API package: why the REST API is its own package', () => {
    expect(lookup(4000)).toMatchObject({ name: 'DEVELOPER_API_LIMIT_REACHED', status: 200 });
    expect(customApiLookup(4000)).toMatchObject({ name: 'CUSTOM_API_LIMIT_REACHED', status: 403 });
  });

  it('Add Records: a code per record in result[] next to the request-level code', () => {
    const r = parseResponse({ code: 3000, result: [{ code: 3000, data: { ID: '3888833000000114027' } }] }, { status: 200 });
    expect(r.kind).toBe('success');
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.code)).toContain(3000);
  });

  it('a field error in a 200 response is an error with its field recovered (V2 8011)', () => {
    const e = only(parseResponse({ code: 8011, message: "'Amount' has exceeded its maximum digits." }, { status: 200 }));
    if (!hasCode(e, 8011)) throw new Error('expected 8011');
    expect(e.params.fieldLinkName).toBe('Amount');
  });
});

describe('codes from the v2.1 APIs\' OpenAPI error lists', () => {
  it('2945 under 401: a token without the API\'s scope needs a new authorization (SECTIONS)', () => {
    const e = only(parseResponse({ code: 2945, message: 'This is an invalid oauthscope. Please regenerate the oauthtoken corresponding to the API with proper oauthscope.' }, { status: 401 }));
    expect(e).toMatchObject({ known: true, code: 2945, status: 401, variant: 0 });
    expect(e.entry?.name).toBe('INVALID_OAUTH_SCOPE');
    expect(retryAdvice(e)).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
  });

  it('2892, 2894 and 3190 give back the name or ID they could not find (SECTIONS, UPLOAD)', () => {
    const app = only(parseResponse({ code: 2892, message: 'No application named zylker-store found. Please check and try again.' }, { status: 404 }));
    if (!hasCode(app, 2892)) throw new Error('expected 2892');
    expect(app.params).toEqual({ applicationName: 'zylker-store' });
    const report = only(parseResponse({ code: 2894, message: 'No report named All_Orders found. Please check and try again.' }, { status: 404 }));
    if (!hasCode(report, 2894)) throw new Error('expected 2894');
    expect(report.params).toEqual({ reportName: 'All_Orders' });
    // 3190 comes with HTTP 200 and is still an error.
    const r = parseResponse({ code: 3190, message: 'No record with ID 3888833000000114027 found.' }, { status: 200 });
    expect(r.kind).toBe('error');
    const record = only(r);
    if (!hasCode(record, 3190)) throw new Error('expected 3190');
    expect(record.params).toEqual({ recordId: '3888833000000114027' });
  });

  it('1000 and 1030 carry the further messages of the specifications as variants (SECTIONS, UPDATE)', () => {
    expect(only(parseResponse({ code: 1000, message: 'IAM Error' }, { status: 401 }))).toMatchObject({ known: true, variant: 2, params: {} });
    const criteria = only(parseResponse({ code: 1000, message: "A mandatory parameter - 'criteria' is either absent or has been used twice. Please check and try again." }, { status: 404 }));
    expect(criteria).toMatchObject({ variant: 1, status: 404, params: { parameter: 'criteria' } });
    expect(lookup(1000)?.variants?.[1]?.statuses).toEqual([401, 404]);
    const short = only(parseResponse({ code: 1030, message: 'Authorization Failure. The access token is either invalid or has expired.' }, { status: 401 }));
    expect(short).toMatchObject({ variant: 1 });
    expect(retryAdvice(short)).toEqual({ retry: 'after-reauth', reauth: 'refresh' });
  });

  it('2955 under 429 is the per-minute limit: wait a minute (SECTIONS)', () => {
    const e = only(parseResponse({ code: 2955, message: 'You have reached your API call limit for a minute. Please try again after sometime.' }, { status: 429 }));
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 60 });
  });

  it('3000 lists the success messages of Add, Update and Delete Records', () => {
    expect(lookup(3000)?.variants?.map((v) => v.message)).toEqual([undefined, 'Data Added Successfully!', 'Data Updated Successfully!', 'Record Deleted Successfully!']);
  });

  it('a per-record 3001 reads its text from the error array (DELETE)', () => {
    // One item of the result[] example in the Delete Records specification, as an entry of its own.
    const e = only(parseResponse({ code: 3001, data: { ID: '3000000013011' }, error: ['Failed to Delete Data.'] }, { status: 200 }));
    expect(e).toMatchObject({ known: true, code: 3001, message: 'Failed to Delete Data.', variant: 0 });
  });

  // The Delete Records OpenAPI specification's response (top-level code example 3000 beside its
  // result[] example), https://www.zoho.com/creator/help/api/v2.1/delete-records.html
  it('Delete Records: a failed record in result[] next to the request-level 3000 is an error (DELETE)', () => {
    const body = {
      code: 3000,
      result: [
        { code: 3001, data: { ID: '3000000013011' }, error: ['Failed to Delete Data.'] },
        { code: 3000, data: { ID: '3000000015003' }, message: 'Record Deleted Successfully!' },
      ],
    };
    const r = parseResponse(body, { status: 200 });
    expect(r.kind).toBe('partial');
    expect(r.errors.map((e) => [e.code, e.message, e.index])).toEqual([[3001, 'Failed to Delete Data.', 0]]);
    expect(r.entries.map((e) => [e.code, e.index])).toEqual([
      [3000, undefined],
      [3001, 0],
      [3000, 1],
    ]);
    expect(r.entries[2]).toMatchObject({ message: 'Record Deleted Successfully!' });
  });

  it('Bulk Insert jobs: the parameter a 9350 names is recovered, and a result still being generated is retried later (OAS)', () => {
    const missing = only(parseResponse({ code: 9350, message: 'file is not mentioned in the request parameter.' }, { status: 400 }));
    expect(missing).toMatchObject({ known: true, code: 9350, params: { parameter: 'file' } });
    const job = only(parseResponse({ code: 7120, message: 'The job ID 1234 provided in the request is not valid.' }, { status: 200 }));
    expect(job).toMatchObject({ known: true, code: 7120, kind: 'error', params: { jobId: '1234' } });
    const pending = only(parseResponse({ code: 11110, message: 'The result file is still being generated. Please try again after some time.' }, { status: 200 }));
    expect(retryAdvice(pending)).toMatchObject({ retry: 'after-delay' });
    expect(lookup(11070)?.statuses).toEqual([409]);
    // 9350 of the REST API is not 9350 of the custom APIs ("Custom API doesn't exist").
    expect(customApiLookup(9350)?.message).not.toBe(lookup(9350)?.message);
  });
});
