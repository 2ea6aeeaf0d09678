/** What to do about an error, from the catalog's retry strategy and the response's Retry-After. */
import type { CodeEntry, Kind, ReauthMethod } from './types.js';

export type RetryAdvice =
  | { readonly retry: 'never' }
  /**
   * `delaySeconds`: the response's Retry-After as sent, never clamped (a server may say days):
   * compare it with the longest wait the caller accepts before sleeping on it (`setTimeout`
   * fires at once past 2^31 - 1 ms).
   */
  | { readonly retry: 'after-delay'; readonly delaySeconds: number }
  /** `reauth`: refresh the access token, or authorize again where refreshing cannot help (ReauthMethod). */
  | { readonly retry: 'after-reauth'; readonly reauth: ReauthMethod };

/** The fields retryAdvice reads: every parsed errcat error has them. */
export interface RetryInput {
  readonly kind: Kind;
  readonly entry: CodeEntry | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** The response's HTTP status: decides for codes the catalog does not know. */
  readonly status?: number | undefined;
}

const NEVER: RetryAdvice = Object.freeze({ retry: 'never' });
const REFRESH: RetryAdvice = Object.freeze({ retry: 'after-reauth', reauth: 'refresh' });
const AUTHORIZE: RetryAdvice = Object.freeze({ retry: 'after-reauth', reauth: 'authorize' });

/** Wait suggested for a transient failure whose response named none: pair it with `backoff()`. */
export const TRANSIENT_DELAY_SECONDS = 1;

/**
 * Statuses that say "not now" rather than "not this request": 408 Request Timeout, 429 Too Many
 * Requests, 502 Bad Gateway, 503 Service Unavailable, 504 Gateway Timeout, and what proxies and
 * CDNs send when the origin did not answer (Cloudflare's 520-524, the 598/599 network timeouts).
 */
export function isTransientStatus(status: number | undefined): boolean {
  if (status === undefined) return false;
  return status === 408 || status === 429 || status === 502 || status === 503 || status === 504 || (status >= 520 && status <= 524) || status === 598 || status === 599;
}

/**
 * never: the same request fails again. after-delay: wait `delaySeconds` (the response's Retry-After
 * when it sent one, else the catalog's suggestion, else 0). after-reauth: the same credentials fail
 * again: get new ones first, as `reauth` says: `refresh` the access token, or `authorize` again
 * where refreshing cannot help (an entry that does not say is treated as `authorize`: a refresh
 * that cannot help would be retried forever).
 * A code the catalog does not know (an HTML page from a gateway, an empty body, a new code) is
 * retried after a delay when the response said when (Retry-After) or its status is transient
 * (isTransientStatus: Retry-After, else TRANSIENT_DELAY_SECONDS); otherwise never.
 */
export function retryAdvice(error: RetryInput): RetryAdvice {
  if (error.kind === 'success') return NEVER;
  const { entry, retryAfterSeconds } = error;
  if (entry === undefined) {
    if (retryAfterSeconds !== undefined) return { retry: 'after-delay', delaySeconds: retryAfterSeconds };
    return isTransientStatus(error.status) ? { retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS } : NEVER;
  }
  switch (entry.retry) {
    case 'after-delay':
      return { retry: 'after-delay', delaySeconds: retryAfterSeconds ?? entry.retryDelaySeconds ?? 0 };
    case 'after-reauth':
      return entry.reauth === 'refresh' ? REFRESH : AUTHORIZE;
    default:
      return NEVER;
  }
}
