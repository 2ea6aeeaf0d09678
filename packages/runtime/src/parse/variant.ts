/**
 * Which documented variant of a code a response is: vendors reuse codes (Zoho Creator's 1000 is
 * both 404 "Invalid API URL format." and 401 "A mandatory parameter - '…' is either absent or has
 * been used twice"), so the message and the status pick one, and its template gives the params.
 * Choosing among several is an optional part of the parser (features.ts, `pickVariant`): a package
 * whose codes each have one variant bundles only `firstVariant`.
 */
import { matchTemplate } from '../template.js';
import type { CodeEntry, CodeVariant } from '../types.js';

export interface VariantMatch {
  readonly variant: CodeVariant;
  /** The values of the variant's placeholders, when its template matched the message. */
  readonly values: readonly string[] | undefined;
}

/**
 * The variant whose template fits the message (worth 2) and whose statuses include the status
 * (worth 1); the first variant wins ties, so a code with one variant costs one template match.
 */
export function pickVariant(entry: CodeEntry, status: number | undefined, message: string | undefined): VariantMatch {
  const variants = entry.variants;
  const first = variants[0] as CodeVariant;
  const firstValues = matchOf(first, message);
  if (variants.length === 1) return { variant: first, values: firstValues };
  let best: VariantMatch = { variant: first, values: firstValues };
  let bestScore = scoreOf(first, status, firstValues);
  for (let i = 1; i < variants.length && bestScore < 3; i++) {
    const variant = variants[i] as CodeVariant;
    const values = matchOf(variant, message);
    const score = scoreOf(variant, status, values);
    if (score > bestScore) {
      best = { variant, values };
      bestScore = score;
    }
  }
  return best;
}

/** Variant 0, with its placeholder values when its template matches the message: all a code with one variant needs. */
export function firstVariant(entry: CodeEntry, message: string | undefined): VariantMatch {
  const variant = entry.variants[0] as CodeVariant;
  return { variant, values: matchOf(variant, message) };
}

function matchOf(variant: CodeVariant, message: string | undefined): readonly string[] | undefined {
  return message === undefined || variant.message === undefined ? undefined : matchTemplate(variant.message, message);
}

function scoreOf(variant: CodeVariant, status: number | undefined, values: readonly string[] | undefined): number {
  return (values === undefined ? 0 : 2) + (status !== undefined && variant.statuses.includes(status) ? 1 : 0);
}

/** Named parameters from the matched placeholder values. */
export function paramsOf(match: VariantMatch, none: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const { variant, values } = match;
  if (values === undefined || variant.params.length === 0) return none;
  const params: Record<string, string> = {};
  variant.params.forEach((name, i) => {
    const value = values[i];
    if (value !== undefined) params[name] = value;
  });
  return params;
}
