/**
 * Generated lookup tables are null-prototype objects: fast reads (no prototype chain)
 * and no `__proto__` / `constructor` surprises for codes that come off the wire.
 * Calls are marked pure in generated code so bundlers drop unused tables.
 */
export function table<T extends object>(entries: T): T {
  return Object.setPrototypeOf(entries, null) as T;
}

/** Integer codes may arrive as numbers or (zero-padded) digit strings; string codes as strings. */
export function normalizeCode(value: unknown, codeType: 'string' | 'integer'): string | number | undefined {
  if (codeType === 'string') return typeof value === 'string' ? value : undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}
