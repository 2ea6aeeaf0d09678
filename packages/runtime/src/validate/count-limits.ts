/** maxLength/minLength, maxItems/minItems, maxProperties/minProperties on a count, with ajv's wording. */
import type { IssueSink } from './keyword-set.js';
import { report } from './keyword-set.js';
import type { DetailsSchemaObject } from './types.js';

export function countLimits(
  s: DetailsSchemaObject,
  max: 'maxLength' | 'maxItems' | 'maxProperties',
  min: 'minLength' | 'minItems' | 'minProperties',
  unit: string,
  count: number,
  out: IssueSink,
  path: string,
): boolean {
  let ok = true;
  const most = s[max];
  const least = s[min];
  if (most !== undefined && count > most) {
    if (!out) return false;
    ok = report(out, path, max, `must NOT have more than ${most} ${unit}`);
  }
  if (least !== undefined && count < least) {
    if (!out) return false;
    ok = report(out, path, min, `must NOT have fewer than ${least} ${unit}`);
  }
  return ok;
}
