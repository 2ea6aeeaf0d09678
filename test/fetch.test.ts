/**
 * parseFetchResponse with Node's own fetch against a local HTTP server (127.0.0.1, port 0): the
 * status, headers and text of a real Response are read once and give exactly what parseResponse
 * gives for the same text, status and headers. The consumer cases: a Zoho CRM 401, a 207
 * with mixed records, a 400, an HTML 502 and an empty 500, plus a 503 with Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailsOf, parseFetchResponse, parseResponse, retryAdvice } from '@errcat/zoho-crm';
import { serveReplies, type Reply, type ReplyServer } from './helpers/reply-server.js';

const REPLIES: Record<string, Reply> = {
  '/401': { status: 401, body: '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}' },
  '/207': {
    status: 207,
    body: JSON.stringify({
      data: [
        { code: 'SUCCESS', details: { id: '1' }, message: 'record added', status: 'success' },
        { code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: '2' }, message: 'duplicate data', status: 'error' },
      ],
    }),
  },
  '/400': { status: 400, body: '{"code":"INVALID_DATA","details":{"api_name":"Last_Name"},"message":"invalid data","status":"error"}' },
  '/502': { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } },
  '/500': { status: 500, body: '' },
  '/503': { status: 503, body: '', headers: { 'Retry-After': '17', 'X-API-CREDITS-REMAINING': '42' } },
};

let server: ReplyServer;
let base: string;

beforeAll(async () => {
  server = await serveReplies(REPLIES);
  base = server.base;
});

afterAll(() => server.close());

describe('parseFetchResponse with Node fetch', () => {
  it.each(Object.keys(REPLIES))('%s gives what parseResponse gives for the same text, status and headers', async (path) => {
    const now = Date.UTC(2026, 0, 1);
    const viaFetch = await parseFetchResponse(await fetch(base + path), { now });
    const reply = REPLIES[path] as Reply;
    const direct = parseResponse(reply.body, { status: reply.status, headers: reply.headers ?? {}, now });
    expect(viaFetch).toEqual(direct);
  });

  it('reads the cases right', async () => {
    const get = async (path: string) => parseFetchResponse(await fetch(base + path));
    const e401 = await get('/401');
    expect(e401.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(retryAdvice(e401.errors[0]!)).toEqual({ retry: 'after-reauth', reauth: 'refresh' });

    const e207 = await get('/207');
    expect(e207.kind).toBe('partial');
    const dup = e207.errors[0];
    expect(dup?.code).toBe('DUPLICATE_DATA');
    if (dup?.code === 'DUPLICATE_DATA') expect(detailsOf(dup)?.api_name).toBe('Email');

    const e502 = await get('/502');
    expect(e502).toMatchObject({ kind: 'error', status: 502, received: 'html' });
    expect(retryAdvice(e502.errors[0]!)).toEqual({ retry: 'after-delay', delaySeconds: 1 });

    const e500 = await get('/500');
    expect(e500).toMatchObject({ kind: 'error', status: 500, received: 'empty' });
    expect(retryAdvice(e500.errors[0]!)).toEqual({ retry: 'never' });

    const e503 = await get('/503');
    expect(e503.headers).toEqual({ retryAfter: 17, creditsRemaining: 42 });
    expect(e503.retryAfterSeconds).toBe(17);
    expect(retryAdvice(e503.errors[0]!)).toEqual({ retry: 'after-delay', delaySeconds: 17 });
  });

  it('consumes the body once: a used body rejects, as res.text() does', async () => {
    const res = await fetch(`${base}/400`);
    await res.text();
    await expect(parseFetchResponse(res)).rejects.toThrow(TypeError);
  });
});
