/** backoff(): exponential bound, full jitter, cap; deterministic through the injected random source. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { backoff } from '../src/index.js';

describe('backoff', () => {
  it('grows exponentially from baseMs until the cap (random at its top)', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => backoff(n, { random: top }))).toEqual([499, 999, 1999, 3999, 7999, 15999, 29999, 29999]);
    expect(backoff(3, { baseMs: 100, factor: 3, capMs: 10_000, random: top })).toBe(2699);
  });

  it('jitters over the whole range: random 0 waits 0, random 0.5 waits half the bound', () => {
    expect(backoff(4, { random: () => 0 })).toBe(0);
    expect(backoff(4, { random: () => 0.5 })).toBe(4000);
  });

  it('treats negative, fractional and non-finite attempts sanely and never exceeds the cap', () => {
    expect(backoff(-3, { random: () => 0.5 })).toBe(250);
    expect(backoff(Number.NaN, { random: () => 0.5 })).toBe(250);
    expect(backoff(1.9, { random: () => 0.5 })).toBe(500);
    expect(backoff(10_000, { random: () => 0.5 })).toBe(15_000);
    expect(backoff(Number.POSITIVE_INFINITY, { random: () => 0.5 })).toBe(250);
  });

  it('ignores a random source that strays out of [0, 1)', () => {
    expect(backoff(2, { random: () => 1 })).toBe(0);
    expect(backoff(2, { random: () => -1 })).toBe(0);
    expect(backoff(2, { random: () => Number.NaN })).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })])(
    'stays within [0, min(cap, base × 2^attempt))',
    (attempt, r) => {
      const wait = backoff(attempt, { random: () => r });
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(Math.max(1, Math.min(30_000, 500 * 2 ** attempt)));
      expect(Number.isInteger(wait)).toBe(true);
    },
  );

  it('uses Math.random by default', () => {
    for (let i = 0; i < 50; i++) {
      const wait = backoff(2);
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(2000);
    }
  });
});
