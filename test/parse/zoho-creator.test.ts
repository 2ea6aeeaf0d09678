/** @errcat/zoho-creator: `{code, message}` from custom APIs, `{code, description}` from REST errors (seed 000). */
import { describe, expect, it } from 'vitest';
import { hasCode, parseResponse, retryAdvice, toProblemDetails, type ZohoCreatorAnyError, type ZohoCreatorParseResult } from '@errcat/zoho-creator';

const only = (r: ZohoCreatorParseResult): ZohoCreatorAnyError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as ZohoCreatorAnyError;
};

describe('Zoho Creator envelopes', () => {
  it('{code, message}: 9450 with the field recovered from the message', () => {
    const r = parseResponse('{"code":9450,"message":"Datatype mismatch encountered. Please provide a valid value for Price."}', { status: 400 });
    const e = only(r);
    expect(e).toMatchObject({ known: true, code: 9450, status: 400 });
    if (!hasCode(e, 9450)) throw new Error('expected 9450');
    expect(e.params.field).toBe('Price');
    expect(e.entry.name).toBe('DATATYPE_MISMATCH');
  });

  it('{code, description}: the message comes from description', () => {
    const e = only(parseResponse({ code: 9510, description: 'Invalid domain name. Kindly use the domain - creator.zoho.eu' }, { status: 403 }));
    expect(e.message).toBe('Invalid domain name. Kindly use the domain - creator.zoho.eu');
    expect(hasCode(e, 9510) && e.params.domain).toBe('creator.zoho.eu');
  });

  it('a message that does not follow the template leaves params empty', () => {
    expect(only(parseResponse({ code: 9450, message: 'Datatype mismatch.' })).params).toEqual({});
  });

  it('codes sent as strings are matched too', () => {
    expect(only(parseResponse('{"code":"9350","message":"Custom API doesn\'t exist. Please check the custom API link name."}')).code).toBe(9350);
  });

  it('4000: retry after the catalog delay (a day) unless Retry-After says otherwise', () => {
    const limit = '{"code":4000,"message":"Account\'s custom API limit has been reached. Please upgrade to execute more custom API calls."}';
    expect(retryAdvice(only(parseResponse(limit, { status: 403 })))).toEqual({ retry: 'after-delay', delaySeconds: 86400 });
    expect(retryAdvice(only(parseResponse(limit, { status: 403, headers: { 'Retry-After': '3600' } })))).toEqual({ retry: 'after-delay', delaySeconds: 3600 });
  });

  it('an unknown code keeps code and message', () => {
    const e = only(parseResponse({ code: 2945, message: 'Something new' }, { status: 400 }));
    expect(e).toMatchObject({ known: false, code: undefined, rawCode: 2945, message: 'Something new', reason: 'unknown-code' });
    expect(toProblemDetails(e)).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, code: 2945 });
  });
});
