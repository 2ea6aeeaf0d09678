/**
 * Exponential backoff with "full jitter" (a uniformly random wait between 0 and the exponential
 * bound, capped), the scheme that spreads retrying clients best (AWS Architecture Blog,
 * "Exponential Backoff And Jitter"). Pure: the random source is a parameter, so it is testable.
 */

/** Each option also takes `undefined` (its default), so options can be passed through under `exactOptionalPropertyTypes`. */
export interface BackoffOptions {
  /** Bound of the first retry (attempt 0), in milliseconds. Default 500. */
  readonly baseMs?: number | undefined;
  /** Largest wait, in milliseconds, however many attempts. Default 30,000. */
  readonly capMs?: number | undefined;
  /** Growth per attempt. Default 2. */
  readonly factor?: number | undefined;
  /** A number in [0, 1); default `Math.random`. */
  readonly random?: (() => number) | undefined;
}

/**
 * Milliseconds to wait before retry number `attempt` (0 for the first retry): a random value in
 * [0, min(capMs, baseMs × factor^attempt)). Combine with the response's own advice:
 * `Math.max(advice.delaySeconds * 1000, backoff(attempt))`. A negative or non-finite attempt counts as 0.
 */
export function backoff(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, capMs = 30_000, factor = 2, random = Math.random } = options;
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  // factor ** n overflows to Infinity for large n; min() with the cap keeps it finite.
  const bound = Math.max(0, Math.min(capMs, baseMs * factor ** n));
  const r = random();
  const unit = r >= 0 && r < 1 ? r : 0;
  return Math.floor(bound * unit);
}
