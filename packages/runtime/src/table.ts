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

/** Integer codes may arrive as numbers or (zero-padded) digit strings; string codes as strings. */
export function normalizeCode(value: unknown, codeType: 'string' | 'integer'): string | number | undefined {
  if (codeType === 'string') return typeof value === 'string' ? value : undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}
