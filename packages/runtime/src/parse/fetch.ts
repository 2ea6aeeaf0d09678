/**
 * parseFetchResponse: a fetch `Response` read once (status, headers, then its text) and parsed
 * like `parseResponse(text, { status, headers })`. Structural types only, so the runtime needs
 * neither the DOM lib nor Node's: anything with `status`, `headers.get` and `text()` works
 * (fetch, undici, a Cloudflare Worker's Response, ky's response).
 */
import type { ErrcatParseInit, HeaderGetter } from './types.js';

/** The part of a fetch `Response` parseFetchResponse reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: HeaderGetter;
  text(): Promise<string>;
}

/** What parseFetchResponse takes besides the response: the clock for `Retry-After` dates. */
export interface ErrcatFetchInit {
  /** Epoch milliseconds (default: `Date.now()`). */
  readonly now?: number | undefined;
}

/**
 * Reads the body's text (the response's body is consumed: clone it first to read it again) and
 * parses it with the status and headers, read after it. Resolves whatever the body holds; rejects
 * only when the body cannot be read at all (a network error mid-body, a body already used), as
 * `res.text()` does.
 */
export async function parseFetch<R>(
  parse: (body: string, init: ErrcatParseInit) => R,
  res: FetchResponseLike,
  init?: ErrcatFetchInit,
): Promise<R> {
  const text = await res.text();
  // Read through parse's guards (safe-read.ts): a status, headers or clock whose getter throws is
  // named in a warning, as with parseResponse, and costs neither the body nor the promise.
  return parse(text, {
    get status() {
      return res.status;
    },
    get headers() {
      return res.headers;
    },
    get now() {
      return init?.now;
    },
  });
}
