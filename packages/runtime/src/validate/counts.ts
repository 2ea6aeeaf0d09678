/** maxItems, minItems (arrays) and maxProperties, minProperties (objects). */
import { countLimits } from './count-limits.js';
import type { DetailsKeywords } from './keyword-set.js';

export const countKeywords: DetailsKeywords = {
  array: {
    keywords: ['maxItems', 'minItems'],
    check: (s, x: readonly unknown[], _root, out, path) => countLimits(s, 'maxItems', 'minItems', 'items', x.length, out, path),
  },
  object: {
    keywords: ['maxProperties', 'minProperties'],
    check: (s, x: object, _root, out, path) =>
      (s.maxProperties === undefined && s.minProperties === undefined) || countLimits(s, 'maxProperties', 'minProperties', 'properties', Object.keys(x).length, out, path),
  },
};
