/**
 * @errcat/zoho-accounts: Zoho Accounts' OAuth token responses. An error is `{"error": "<code>"}`,
 * usually under HTTP 200, so the status alone does not tell it from a token. Codes from
 * https://www.zoho.com/crm/developer/docs/api/v2.1/access-refresh.html,
 * https://www.zoho.com/crm/developer/docs/api/self-oauth.html and
 * https://zoho.com/accounts/protocol/oauth/token-limits.html (the throttling body).
 */
import { describe, expect, it } from 'vitest';
import { hasCode, isRetryable, lookup, parseResponse, retryAdvice, type ZohoAccountsAnyError, type ZohoAccountsParseResult } from '@errcat/zoho-accounts';

const only = (r: ZohoAccountsParseResult): ZohoAccountsAnyError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as ZohoAccountsAnyError;
};

describe('Zoho Accounts token responses', () => {
  it('{"error":"invalid_code"} under HTTP 200 is an error that needs a new authorization', () => {
    const r = parseResponse('{"error":"invalid_code"}', { status: 200 });
    expect(r.kind).toBe('error');
    const e = only(r);
    // No text on the wire and none documented: the message is the code's name.
    expect(e).toMatchObject({ known: true, code: 'invalid_code', kind: 'error', status: 200, message: 'invalid_code' });
    expect(retryAdvice(e)).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
    expect(isRetryable('invalid_code')).toBe(true);
  });

  it('the same body as bytes (the Buffer Node\'s http gives, an ArrayBuffer) is the same error, not a success', () => {
    // Read as a JSON object, a Buffer has keys "0", "1", … and no "error": under HTTP 200 that
    // used to pass for a token. Bytes are the text, decoded as UTF-8.
    const text = '{"error":"invalid_code"}';
    for (const body of [Buffer.from(text), new TextEncoder().encode(text).buffer]) {
      const r = parseResponse(body, { status: 200 });
      expect(r).toMatchObject({ kind: 'error', received: 'json', raw: body });
      expect(only(r)).toMatchObject({ known: true, code: 'invalid_code', status: 200 });
    }
  });

  it('Zoho documents no message text for these codes, and the catalog says so', () => {
    expect(lookup('invalid_code')?.message).toBeUndefined();
    expect(lookup('invalid_client')?.variants).toEqual([{ index: 0, status: 200, statuses: [200], message: undefined, params: [] }]);
  });

  it('invalid_client_secret, which no Zoho page readable here documents, parses as an unknown code', () => {
    expect(lookup('invalid_client_secret')).toBeUndefined();
    expect(only(parseResponse('{"error":"invalid_client_secret"}', { status: 200 }))).toMatchObject({ known: false, rawCode: 'invalid_client_secret', reason: 'unknown-code' });
  });

  it('wrong client credentials are errors that a retry does not fix', () => {
    for (const code of ['invalid_client', 'invalid_redirect_uri']) {
      const e = only(parseResponse(JSON.stringify({ error: code }), { status: 200 }));
      expect(e).toMatchObject({ known: true, code });
      expect(retryAdvice(e)).toEqual({ retry: 'never' });
    }
  });

  it('"Access Denied" (token requests throttled) carries its text in error_description: Zoho Accounts\' wording, variant 0', () => {
    const body = '{"error_description":"Token creation throttle limit reached. Please reuse the valid tokens you currently have.","error":"Access Denied"}';
    const e = only(parseResponse(body, { status: 200 }));
    expect(e).toMatchObject({ known: true, code: 'Access Denied', status: 200, variant: 0, message: 'Token creation throttle limit reached. Please reuse the valid tokens you currently have.' });
    if (!hasCode(e, 'Access Denied')) throw new Error('expected Access Denied');
    expect(e.entry.name).toBe('ACCESS_DENIED_TOO_MANY_REQUESTS');
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 600 });
  });

  it('"Access Denied" as Zoho CRM\'s token validity page shows it (another text, "status": "failure") is variant 1', () => {
    const body = '{"error_description":"You have made too many requests continuously. Please try again after some time.","error":"Access Denied","status":"failure"}';
    const e = only(parseResponse(body, { status: 200 }));
    expect(e).toMatchObject({ known: true, code: 'Access Denied', status: 200, variant: 1, message: 'You have made too many requests continuously. Please try again after some time.' });
    expect(lookup('Access Denied')?.variants.map((v) => v.message)).toEqual([
      'Token creation throttle limit reached. Please reuse the valid tokens you currently have.',
      'You have made too many requests continuously. Please try again after some time.',
    ]);
  });

  it('"Access Denied" is documented under HTTP 200 only (Kaizen #43: the status stays 200; no page names 400)', () => {
    expect(lookup('Access Denied')?.statuses).toEqual([200]);
    const e = only(parseResponse('{"error":"Access Denied"}', { status: 200 }));
    expect(e).toMatchObject({ known: true, code: 'Access Denied', kind: 'error', status: 200 });
    expect(retryAdvice(e)).toEqual({ retry: 'after-delay', delaySeconds: 600 });
  });

  it('authtoken migration errors: each names what to correct, none is retried as is', () => {
    for (const code of ['invalid_grant', 'invalid_authtoken', 'invalid_scope', 'invalid_request']) {
      const e = only(parseResponse(JSON.stringify({ error: code }), { status: 200 }));
      expect(e).toMatchObject({ known: true, code, kind: 'error', message: code });
      expect(retryAdvice(e)).toEqual({ retry: 'never' });
    }
    expect(lookup('invalid_scope')).toMatchObject({ group: 'authtoken-migration', message: undefined });
  });

  it('access_denied (authtoken migration refused) is a different code from "Access Denied"', () => {
    const e = only(parseResponse({ error: 'access_denied' }, { status: 200 }));
    expect(e).toMatchObject({ known: true, code: 'access_denied' });
    expect(retryAdvice(e)).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
  });

  it('a token response has no error: success, nothing to report', () => {
    const r = parseResponse(
      { access_token: '1000.2370ff****.****', refresh_token: '1000.2afabf2****.****', api_domain: 'https://www.zohoapis.com', token_type: 'Bearer', expires_in: 3600 },
      { status: 200 },
    );
    expect(r).toMatchObject({ kind: 'success', errors: [] });
  });
});
