/** const and enum: deep equality of JSON values (jsonEqual, as ajv's fast-deep-equal). */
import { jsonEqual } from './json.js';
import { report, type DetailsKeywords } from './keyword-set.js';

function includes(values: readonly unknown[], x: unknown): boolean {
  for (let i = 0; i < values.length; i++) if (jsonEqual(values[i], x)) return true;
  return false;
}

export const valueKeywords: DetailsKeywords = {
  value: {
    keywords: ['const', 'enum'],
    check(s, x: unknown, _root, out, path) {
      let ok = true;
      if (s.const !== undefined && !jsonEqual(s.const, x)) {
        if (!out) return false;
        ok = report(out, path, 'const', 'must be equal to constant');
      }
      if (s.enum !== undefined && !includes(s.enum, x)) {
        if (!out) return false;
        ok = report(out, path, 'enum', 'must be equal to one of the allowed values');
      }
      return ok;
    },
  },
};
