/** @errcat/hyper: `{ResponseCode, ResponseMsgEng}` for successes and errors alike (seed 003). */
import { describe, expect, it } from 'vitest';
import { hasCode, parseResponse, retryAdvice, type HyperAnyError, type HyperParseResult } from '@errcat/hyper';

const only = (r: HyperParseResult): HyperAnyError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as HyperAnyError;
};

describe('Hyper envelopes', () => {
  it.each([
    [0, 'Success.', 'success'],
    [2, 'No Results / Data.', 'success'],
    [1, 'Incomplete success.', 'partial'],
    [7, 'Please fill up the required fields.', 'error'],
  ] as const)('ResponseCode %s → %s', (code, message, kind) => {
    const r = parseResponse(JSON.stringify({ ResponseCode: code, ResponseMsgEng: message }), { status: 200 });
    expect(r.kind).toBe(kind);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ known: true, code, message });
    expect(r.errors).toHaveLength(kind === 'success' ? 0 : 1);
  });

  it.each(['007', '7', 7])('ResponseCode %j is code 7', (code) => {
    expect(only(parseResponse({ ResponseCode: code, ResponseMsgEng: 'Please fill up the required fields.' }, { status: 400 })).code).toBe(7);
  });

  it('a success envelope carries the payload next to the code', () => {
    const r = parseResponse('{"ResponseCode":0,"ResponseMsgEng":"Success.","Data":[{"Id":1}]}', { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [], data: { Data: [{ Id: 1 }] } });
  });

  it.each([
    [9, 'Please fill in the fields in the Acceptable Languages. English, Hebrew', { acceptableLanguages: 'English, Hebrew' }],
    [11, 'Security Alert: Access from an unrecognized IP address.', { alertDescription: 'Access from an unrecognized IP address' }],
    [18, 'You cannot delete this file invoice_1001.pdf', { fileName: 'invoice_1001.pdf' }],
    [25, 'Email address is not valid: john.doe@example', { emailAddress: 'john.doe@example' }],
    [26, 'Phone number is not valid: 12345', { phoneNumber: '12345' }],
    [27, 'Registration is allowed for people aged 18 and over.', { minimumAge: '18' }],
  ])('template parameters of %s', (code, message, params) => {
    expect(only(parseResponse({ ResponseCode: code, ResponseMsgEng: message })).params).toEqual(params);
  });

  it('params are typed after hasCode', () => {
    const e = only(parseResponse({ ResponseCode: '025', ResponseMsgEng: 'Email address is not valid: a@b' }));
    if (!hasCode(e, 25)) throw new Error('expected 25');
    expect(e.params.emailAddress).toBe('a@b');
  });

  it('WRONG_CREDENTIALS asks for re-authentication; ENTITY_LOCKED for a delay', () => {
    expect(retryAdvice(only(parseResponse({ ResponseCode: 6, ResponseMsgEng: 'Wrong account credentials (Unauthorized).' })))).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
    expect(retryAdvice(only(parseResponse({ ResponseCode: 12, ResponseMsgEng: 'This entity is already locked by another user.' })))).toEqual({
      retry: 'after-delay',
      delaySeconds: 60,
    });
  });

  it('a code missing from the page (19) is unknown, its message kept', () => {
    expect(only(parseResponse({ ResponseCode: 19, ResponseMsgEng: 'Whatever 19 means' }))).toMatchObject({
      known: false,
      code: undefined,
      rawCode: 19,
      message: 'Whatever 19 means',
    });
  });

  it('Hyper has no record arrays: a top-level array without codes is no envelope (a payload under 200, as an object without a code is)', () => {
    expect(parseResponse('[{"Id":1}]', { status: 200 })).toMatchObject({ kind: 'success', errors: [], entries: [] });
    expect(parseResponse('{"Id":1}', { status: 200 })).toMatchObject({ kind: 'success', errors: [], entries: [] });
    expect(only(parseResponse('[{"Id":1}]', { status: 400 }))).toMatchObject({ reason: 'not-an-object', message: 'Received a JSON array of 1 item (HTTP 400) that is not an error entry' });
  });

  it('TECHNICAL_ERROR (5) has the page\'s second text ("… OR You have reached the limit of \\"parallel tenants\\"") as variant 1', () => {
    const e = only(parseResponse({ ResponseCode: 5, ResponseMsgEng: 'You have reached the limit of "parallel tenants" (crm entities).' }, { status: 500 }));
    expect(e).toMatchObject({ known: true, code: 5, variant: 1, status: 500 });
    expect(only(parseResponse({ ResponseCode: 5, ResponseMsgEng: 'Technical error on the server side.' }, { status: 500 }))).toMatchObject({ variant: 0 });
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 60 });
  });

  it('a 500 HTML page from the gateway', () => {
    expect(only(parseResponse('<!DOCTYPE html><html><head><title>Server Error</title></head></html>', { status: 500 }))).toMatchObject({
      reason: 'non-json',
      status: 500,
      message: 'Received an HTML page instead of JSON (HTTP 500): Server Error',
    });
  });
});
