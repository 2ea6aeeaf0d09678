/**
 * Bodies Zoho really sent, as users logged them verbatim in public bug reports and recordings
 * (each cited by repository and thread or file). Each must parse as the documented code, under
 * the variant whose template gives the message that arrived, with the advice its catalog gives.
 * A catalog edit that loses one of these wordings (for a body with a message), or a parser change
 * that misreads the shape, fails here: the catalogs are meant to know what Zoho actually sends, not only what a page lists.
 */
import { describe, expect, it } from 'vitest';
import * as accounts from '@errcat/zoho-accounts';
import * as creatorRest from '@errcat/zoho-creator-rest';
import * as crm from '@errcat/zoho-crm';
import { matchTemplate } from '../../packages/runtime/src/template.js';

interface Parsed {
  readonly errors: readonly { readonly known: boolean; readonly code: unknown; readonly message: string; readonly variant?: number; readonly entry?: unknown }[];
  readonly kind: string;
}
interface Package {
  parseResponse(body: string, init: { status: number }): Parsed;
  retryAdvice(error: never): { readonly retry: string };
}
interface Entry {
  readonly name: string;
  readonly variants: readonly { readonly message: string | undefined }[];
}

/** [where it was logged, package, status, body, code, retry advice] */
const FIELD: readonly [string, Package, number, string, string | number, string][] = [
  [
    'verbb/formie issue 410 (Zoho CRM integration, a record of the data array)',
    crm as unknown as Package,
    400,
    '{"data":[{"code":"INVALID_DATA","details":{"expected_data_type":"jsonarray","api_name":"Destination"},"message":"invalid data","status":"error"}]}',
    'INVALID_DATA',
    'never',
  ],
  [
    'n8n-io/n8n issue 8508 (Zoho CRM node)',
    crm as unknown as Package,
    400,
    '{"data":[{"code":"INVALID_DATA","details":{"expected_data_type":"phone","api_name":"Phone"},"message":"invalid data","status":"error"}]}',
    'INVALID_DATA',
    'never',
  ],
  [
    'solspace/craft-freeform issue 1372 (Zoho CRM integration)',
    crm as unknown as Package,
    401,
    '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}',
    'INVALID_TOKEN',
    'after-reauth',
  ],
  [
    'airbytehq/airbyte issue 23484 (Zoho CRM source; quoted there without the outer braces)',
    crm as unknown as Package,
    401,
    '{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}',
    'OAUTH_SCOPE_MISMATCH',
    'after-reauth',
  ],
  [
    'asciisd/zoho issue 6 (token request, full response headers shown with HTTP 200)',
    accounts as unknown as Package,
    200,
    '{"error":"invalid_client"}',
    'invalid_client',
    'never',
  ],
  ['zoho/zcrm-csharp-sdk issue 7 (token request)', accounts as unknown as Package, 200, '{"error":"invalid_code"}', 'invalid_code', 'after-reauth'],
  [
    'guanguans/notify src/ZohoCliq/Authenticator.php (token endpoint, logged under HTTP 400)',
    accounts as unknown as Package,
    400,
    '{"error_description":"You have made too many requests continuously. Please try again after some time.","error":"Access Denied","status":"failure"}',
    'Access Denied',
    'after-delay',
  ],
  [
    'a Creator REST v2 client logging a curl call (HTTP 401)',
    creatorRest as unknown as Package,
    401,
    '{"code":1030,"description":"Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information."}',
    1030,
    'after-reauth',
  ],
];

describe('bodies from the field parse as their documented code and wording', () => {
  it.each(FIELD)('%s', (_where, pkg, status, body, code, retry) => {
    const r = pkg.parseResponse(body, { status });
    expect(r.kind).toBe('error');
    expect(r.errors).toHaveLength(1);
    const [error] = r.errors;
    expect(error).toMatchObject({ known: true, code });
    // The variant picked is one whose template gives the text that arrived; a code whose message
    // the vendor does not document arrives without one and reads as its name.
    const entry = error?.entry as Entry;
    const template = entry.variants[error?.variant as number]?.message;
    if (template === undefined) {
      // No wording to hold: the body sent none, and the code has one variant without a message.
      expect(entry.variants).toHaveLength(1);
      expect(error?.message).toBe(entry.name);
    }
    else expect(matchTemplate(template, error?.message as string)).toBeDefined();
    expect(pkg.retryAdvice(error as never).retry).toBe(retry);
  });

  it('INVALID_DATA formats as the message Zoho sends most ("invalid data"), not a per-API one', () => {
    expect(crm.formatMessage('INVALID_DATA')).toBe('invalid data');
    expect(crm.lookup('INVALID_DATA').message).toBe('invalid data');
  });
});
