/**
 * Generated lookup tables are null-prototype objects: fast reads (no prototype chain)
 * and no `__proto__` / `constructor` surprises for codes that come off the wire.
 * Calls are marked pure in generated code so bundlers drop unused tables.
 *
 * The entries are copied into an `Object.create(null)` object rather than re-parented in
 * place: engines keep that one as a hash table, while a large object literal stays a
 * "fast" object whose keyed reads search its property list. Measured at 1,000 codes read
 * round-robin: 3x the lookups per second (docs/benchmarks.md).
 */
export function table<T extends object>(entries: T): T {
  const out = Object.create(null) as Record<string, unknown>;
  const source = entries as Record<string, unknown>;
  for (const key of Object.keys(source)) out[key] = source[key];
  return out as T;
}

/**
 * A table from parallel lists: `keys[i]` → `values[i]`, skipping holes and undefined values.
 * Generated packages key their entry rows and details schemas by the position of each code in
 * the package's code list, which the bundle carries anyway: every code is written once instead of
 * once per table (~8 KB gzip of a 1,000-code package's 56 KB; docs/benchmarks.md).
 */
export function tableOf<V>(keys: ReadonlyArray<string | number>, values: ReadonlyArray<V | undefined>): { readonly [key: string]: V | undefined } {
  if (keys.length < values.length) throw new Error(`tableOf: ${values.length} values for ${keys.length} keys`);
  const out = Object.create(null) as Record<string, V | undefined>;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== undefined) out[keys[i] as string | number] = value;
  }
  return out;
}

/**
 * Integer codes may arrive as numbers or digit strings, zero-padded to any length (`"0000000000000000042"`
 * is 42), with an optional sign and surrounding whitespace. Only the significant digits are
 * limited: they must make a safe integer (at most 16 digits), since codes are compared as numbers.
 * A character loop, not a regular expression: any input length is linear.
 */
export function normalizeCode(value: unknown, codeType: 'string' | 'integer'): string | number | undefined {
  if (codeType === 'string') return typeof value === 'string' ? value : undefined;
  // `-0` is 0: a lookup keyed by it would otherwise hand out entries whose code is -0.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value + 0 : undefined;
  if (typeof value !== 'string') return undefined;
  return paddedInteger(value);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;

function paddedInteger(text: string): number | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const sign = text.charCodeAt(start);
  if (sign === 0x2b || sign === 0x2d) {
    negative = sign === 0x2d;
    start++;
  }
  if (start === end) return undefined;
  let first = start;
  while (first < end - 1 && text.charCodeAt(first) === 0x30) first++;
  if (end - first > 16) return undefined;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const n = Number(text.slice(first, end));
  if (!Number.isSafeInteger(n)) return undefined;
  return negative && n !== 0 ? -n : n;
}
