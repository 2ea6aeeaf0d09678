/** $ref to `#` (the root schema) or `#/$defs/<name>`, and the root's $defs it points into. */
import { report, type DetailsKeywords } from './keyword-set.js';
import type { DetailsSchema } from './types.js';

function resolve(root: DetailsSchema, ref: string): DetailsSchema | undefined {
  if (ref === '#') return root;
  const defs = typeof root === 'object' ? root.$defs : undefined;
  const name = ref.slice(8);
  return ref.startsWith('#/$defs/') && defs !== undefined && Object.hasOwn(defs, name) ? defs[name] : undefined;
}

export const refKeywords: DetailsKeywords = {
  ref: {
    keywords: ['$ref', '$defs'],
    check(s, x: unknown, root, out, path, check) {
      if (s.$ref === undefined) return true;
      const target = resolve(root, s.$ref);
      if (target === undefined) return !out ? false : report(out, path, '$ref', `can't resolve reference ${s.$ref}`);
      return check(target, x, root, out, path);
    },
  },
};
