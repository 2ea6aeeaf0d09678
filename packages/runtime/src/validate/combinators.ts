/**
 * not, anyOf, oneOf, allOf. A passing anyOf or oneOf takes back the issues its failing branches
 * left (ajv's allErrors does the same), so only a failing combinator reports its branches.
 */
import { report, type DetailsKeywords } from './keyword-set.js';
import type { DetailsSchema } from './types.js';

export const combinatorKeywords: DetailsKeywords = {
  applicator: {
    keywords: ['not', 'anyOf', 'oneOf', 'allOf'],
    check(s, x: unknown, root, out, path, check) {
      let ok = true;
      if (s.not !== undefined && check(s.not, x, root, undefined, path)) {
        if (!out) return false;
        ok = report(out, path, 'not', 'must NOT be valid');
      }
      if (s.anyOf !== undefined) {
        const before = out ? out.length : 0;
        let passed = false;
        for (let i = 0; i < s.anyOf.length && !passed; i++) passed = check(s.anyOf[i] as DetailsSchema, x, root, out, path);
        if (passed) {
          if (out) out.length = before;
        } else {
          if (!out) return false;
          ok = report(out, path, 'anyOf', 'must match a schema in anyOf');
        }
      }
      if (s.oneOf !== undefined) {
        const before = out ? out.length : 0;
        let passing = 0;
        // As in ajv, the schemas after the second one that passes are not evaluated.
        for (let i = 0; i < s.oneOf.length && passing < 2; i++) if (check(s.oneOf[i] as DetailsSchema, x, root, out, path)) passing++;
        if (passing === 1) {
          if (out) out.length = before;
        } else {
          if (!out) return false;
          ok = report(out, path, 'oneOf', 'must match exactly one schema in oneOf');
        }
      }
      if (s.allOf !== undefined)
        for (let i = 0; i < s.allOf.length; i++)
          if (!check(s.allOf[i] as DetailsSchema, x, root, out, path)) {
            if (!out) return false;
            ok = false;
          }
      return ok;
    },
  },
};
