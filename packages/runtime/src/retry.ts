/** What to do about an error, from the catalog's retry strategy and the response's Retry-After. */
import type { CodeEntry, Kind } from './types.js';

export type RetryAdvice =
  | { readonly retry: 'never' }
  | { readonly retry: 'after-delay'; readonly delaySeconds: number }
  | { readonly retry: 'after-reauth' };

/** The fields retryAdvice reads: every parsed errcat error has them. */
export interface RetryInput {
  readonly kind: Kind;
  readonly entry: CodeEntry | undefined;
  readonly retryAfterSeconds: number | undefined;
}

const NEVER: RetryAdvice = Object.freeze({ retry: 'never' });
const REAUTH: RetryAdvice = Object.freeze({ retry: 'after-reauth' });

/**
 * never: the same request fails again. after-delay: wait `delaySeconds` (the response's Retry-After
 * when it sent one, else the catalog's suggestion, else 0). after-reauth: refresh credentials first.
 * A code the catalog does not know is retried only when the response itself said when (Retry-After).
 */
export function retryAdvice(error: RetryInput): RetryAdvice {
  if (error.kind === 'success') return NEVER;
  const { entry, retryAfterSeconds } = error;
  if (entry === undefined) {
    return retryAfterSeconds === undefined ? NEVER : { retry: 'after-delay', delaySeconds: retryAfterSeconds };
  }
  switch (entry.retry) {
    case 'after-delay':
      return { retry: 'after-delay', delaySeconds: retryAfterSeconds ?? entry.retryDelaySeconds ?? 0 };
    case 'after-reauth':
      return REAUTH;
    default:
      return NEVER;
  }
}
