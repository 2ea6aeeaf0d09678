/** maxLength, minLength (in code points, as ajv's ucs2length) and pattern (`u` flag, unanchored, as ajv). */
import { countLimits } from './count-limits.js';
import { ucs2length } from './json.js';
import { report, type DetailsKeywords } from './keyword-set.js';

/** Each pattern is compiled once, on first use, whatever number of schemas or calls share it. */
let patterns: Map<string, RegExp> | undefined;

function regExp(pattern: string): RegExp {
  patterns ??= new Map();
  let re = patterns.get(pattern);
  if (re === undefined) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

export const stringKeywords: DetailsKeywords = {
  string: {
    keywords: ['maxLength', 'minLength', 'pattern'],
    check(s, x: string, _root, out, path) {
      let ok = true;
      if ((s.maxLength !== undefined || s.minLength !== undefined) && !countLimits(s, 'maxLength', 'minLength', 'characters', ucs2length(x), out, path)) {
        if (!out) return false;
        ok = false;
      }
      if (s.pattern !== undefined && !regExp(s.pattern).test(x)) {
        if (!out) return false;
        ok = report(out, path, 'pattern', `must match pattern "${s.pattern}"`);
      }
      return ok;
    },
  },
};
