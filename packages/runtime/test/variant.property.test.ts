/**
 * Variant picking and entry paths on outside input. Properties (fast-check, counts in the names):
 * a message formatted from any variant's template comes back as that variant (or one whose
 * template renders the same text) with its parameters; arbitrary messages and statuses never throw
 * and always give a variant of the entry; a path never visits more objects than its limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFromRow, formatTemplate, matchTemplate, type CodeEntry } from '../src/index.js';
import { compilePath, walkPath } from '../src/parse/paths.js';
import { paramsOf, pickVariant } from '../src/parse/variant.js';

const RUNS = 2_000;

/** Template text without placeholders' own syntax, so a parameter value cannot fake a literal. */
const literal = fc.stringMatching(/^[A-Za-z .,'-]{0,12}$/);
const value = fc.stringMatching(/^[0-9a-z_]{1,8}$/);
const template = fc.array(literal, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('%s'));
const status = fc.integer({ min: 100, max: 599 });

const entryOf = (variants: Array<{ statuses: number[]; template: string }>): CodeEntry => {
  const [first, ...rest] = variants as [{ statuses: number[]; template: string }, ...Array<{ statuses: number[]; template: string }>];
  const names = (t: string) => Array.from({ length: t.split('%s').length - 1 }, (_, i) => `p${i}`);
  return entryFromRow('CODE', [
    first.statuses[0] as number,
    first.template,
    names(first.template),
    'g',
    { statuses: first.statuses, variants: rest.map((v) => [v.statuses, v.template, names(v.template)] as const) },
  ], 'https://d.test/');
};

const variantsArb = fc.array(fc.record({ statuses: fc.uniqueArray(status, { minLength: 1, maxLength: 3 }), template }), {
  minLength: 1,
  maxLength: 4,
});

describe('pickVariant', () => {
  it(`recovers the variant a message was formatted from, and its parameters (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(variantsArb, fc.nat(), fc.array(value, { minLength: 3, maxLength: 3 }), (variants, pick, values) => {
        const entry = entryOf(variants);
        const chosen = entry.variants[pick % entry.variants.length] as CodeEntry['variants'][number];
        const message = formatTemplate(chosen.message as string, values);
        const match = pickVariant(entry, chosen.status, message);
        // Another variant may render the same text with the same status: then it must fit as well.
        expect(matchTemplate(match.variant.message as string, message)).toBeDefined();
        expect(match.variant.statuses.includes(chosen.status)).toBe(true);
        if (match.variant === chosen) {
          const params = paramsOf(match, {});
          for (const [i, name] of chosen.params.entries()) expect(params[name]).toBe(match.values?.[i]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws and always answers with one of the entry's variants (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(variantsArb, fc.option(status, { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (variants, s, message) => {
        const entry = entryOf(variants);
        const match = pickVariant(entry, s, message);
        expect(entry.variants).toContain(match.variant);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('walkPath', () => {
  it(`visits the objects at the end of a path in body order, steps on at most limit values, and says when it was cut short (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(), { maxLength: 5 }), { maxLength: 6 }), fc.integer({ min: 0, max: 40 }), (shape, limit) => {
        const body = { outer: shape.map((inner) => ({ data: inner.map((n) => ({ n })) })) };
        const seen: number[] = [];
        const cut = walkPath(body, compilePath('outer[].data[]'), limit, (v, index) => {
          seen.push(v.n as number);
          expect(typeof index).toBe('number');
        });
        // Values stepped on: the root, each outer item, each record; the records reached are those
        // stepped on within the limit, in body order.
        const values = 1 + shape.length + shape.flat().length;
        expect(cut).toBe(values > limit);
        const reached: number[] = [];
        let steps = 1;
        outer: for (const inner of steps > limit ? [] : shape) {
          if (++steps > limit) break;
          for (const n of inner) {
            if (++steps > limit) break outer;
            reached.push(n);
          }
        }
        expect(seen).toEqual(reached);
        if (!cut) expect(seen).toEqual(shape.flat());
      }),
      { numRuns: RUNS },
    );
  });

  it('counts a value shared between items each time it is stepped on (an already parsed value costs no more than its walk)', () => {
    const n = 2_000;
    const inner = { data: Array.from({ length: n }, () => 1) };
    let visits = 0;
    const cut = walkPath({ outer: Array.from({ length: n }, () => inner) }, compilePath('outer[].data[]'), 100_000, () => visits++);
    expect(cut).toBe(true);
    expect(visits).toBe(0);
  });

  it('ignores what is not where the path says, and hostile keys', () => {
    const visits: unknown[] = [];
    const visit = (v: unknown) => visits.push(v);
    walkPath({ data: 'text' }, compilePath('data[]'), 10, visit);
    walkPath({ data: [1, null, 'x', [{}]] }, compilePath('data[]'), 10, visit);
    walkPath(JSON.parse('{"__proto__": {"code": 1}}'), compilePath('__proto__'), 10, visit);
    walkPath({}, compilePath('constructor'), 10, visit);
    expect(visits).toEqual([{ code: 1 }]);
  });
});
