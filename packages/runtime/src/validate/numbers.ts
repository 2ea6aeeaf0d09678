/**
 * maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf. multipleOf uses
 * Number.isInteger where ajv uses parseInt, which misjudges quotients of 1e21 and more.
 */
import { report, type DetailsKeywords } from './keyword-set.js';

type Bound = readonly [keyword: 'maximum' | 'minimum' | 'exclusiveMaximum' | 'exclusiveMinimum' | 'multipleOf', fails: (value: number, limit: number) => boolean, op: string];

/** In ajv's order, with ajv's wording (`must be <= 3`). */
const BOUNDS: readonly Bound[] = [
  ['maximum', (v, n) => v > n, '<='],
  ['minimum', (v, n) => v < n, '>='],
  ['exclusiveMaximum', (v, n) => v >= n, '<'],
  ['exclusiveMinimum', (v, n) => v <= n, '>'],
  ['multipleOf', (v, n) => !Number.isInteger(v / n), 'multiple of'],
];

export const numberKeywords: DetailsKeywords = {
  number: {
    keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'],
    check(s, x: number, _root, out, path) {
      let ok = true;
      for (let i = 0; i < BOUNDS.length; i++) {
        const [keyword, fails, op] = BOUNDS[i] as Bound;
        const limit = s[keyword];
        if (limit !== undefined && fails(x, limit)) {
          if (!out) return false;
          ok = report(out, path, keyword, `must be ${op} ${limit}`);
        }
      }
      return ok;
    },
  },
};
