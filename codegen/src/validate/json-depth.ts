/**
 * How deeply a catalog's JSON may nest. The generator walks catalogs recursively (ajv, momoa,
 * json-schema-to-typescript, its own walks), so a value nested thousands deep would overflow the
 * stack somewhere; it is refused at load instead, as a problem with its line and column. Real
 * catalogs nest about ten deep (a details schema inside a code inside the catalog).
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Offset of the first `{` or `[` that opens level MAX_JSON_DEPTH + 1, or undefined. Iterative, so
 * any depth is safe to measure; strings are skipped whole (brackets inside them do not count).
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped by a backslash.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}
