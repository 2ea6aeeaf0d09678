/**
 * Two copies of a package (here its CommonJS and ESM builds, each with its own @errcat/runtime
 * instance) recognise each other's errors: the guards read the brand, not the class.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isErrcatApiError, isErrcatError } from '@errcat/runtime';
import * as esm from '@errcat/zoho-crm';

const cjs = createRequire(import.meta.url)('@errcat/zoho-crm') as typeof esm;

describe('errors cross package copies', () => {
  const result = cjs.parseResponse('{"code":"DUPLICATE_DATA","details":{"api_name":"Mobile","id":"1"},"message":"duplicate data","status":"error"}', { status: 400 });
  const error = result.errors[0];

  it('the two builds really are separate copies', () => {
    expect(cjs.parseResponse).not.toBe(esm.parseResponse);
    expect(cjs.ZohoCrmApiError).not.toBe(esm.ZohoCrmApiError);
  });

  it('guards of one copy narrow errors parsed by the other', () => {
    expect(isErrcatError(error)).toBe(true);
    expect(esm.isErrcatError(error)).toBe(true);
    expect(esm.isZohoCrmError(error)).toBe(true);
    expect(esm.hasCode(error, 'DUPLICATE_DATA')).toBe(true);
    expect(esm.retryAdvice(error as esm.ZohoCrmAnyError)).toEqual({ retry: 'never' });
  });

  it('thrown errors are recognised structurally where instanceof fails', () => {
    const thrown = cjs.toError(result);
    expect(thrown instanceof esm.ZohoCrmApiError).toBe(false);
    expect(isErrcatApiError(thrown)).toBe(true);
    expect(thrown.errors[0]).toBe(error);
  });
});
