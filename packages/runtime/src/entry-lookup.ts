/**
 * The body of every generated package's `lookup`: wire code or alias → catalog entry.
 *
 * Why in the runtime and not written out in each package: it is the same code in every package,
 * so a bundle of several APIs carries it once, and each package's tables hold only its facts
 * (issue 15 asks for tables within 1.3× their gzip floor; the lookup code counted against them).
 * Aliases are read from the rows (`extras.aliases`, which `entry.aliases` shows anyway) instead of
 * from a second table in the package, so each alias is written once.
 */
import { entryFromRow, type EntryRow } from './entry-row.js';
import { tableOf, type normalizeCode } from './table.js';
import type { CodeEntry, WireCode } from './types.js';

/**
 * Makes a package's lookup from its code list and the rows in the same order (entry-row.ts).
 * Entries are built from their rows on first lookup and kept: the same object every time.
 * `integerCodes` is `normalizeCode` for integer-coded APIs (numbers and zero-padded digit strings
 * are the same code; a list of numbers needs it), left out by string-coded ones, so their bundles
 * do not carry its digit loop.
 * Only codes the catalog knows are kept, so hostile input cannot grow the cache.
 */
export function entryLookup<E extends CodeEntry = CodeEntry>(
  codes: readonly WireCode[],
  rows: readonly (EntryRow | undefined)[],
  docsBaseUrl: string,
  integerCodes?: typeof normalizeCode,
): (code: unknown) => E | undefined {
  const byCode = tableOf(codes, rows);
  // A Map, not a null-prototype object: codes arrive as strings fresh from JSON.parse, and an
  // object read first looks such a key up in the engine's string table; Map.get only hashes it
  // (2.3x faster per lookup on a parsed body, about the same on literal keys; docs/benchmarks.md).
  const entries = new Map<WireCode, E>();
  let aliases: { [alias: string]: WireCode | undefined } | undefined;

  /** Alias → canonical code, gathered from the rows the first time a key misses the code table. */
  function aliasesOf(): { [alias: string]: WireCode | undefined } {
    const out = Object.create(null) as { [alias: string]: WireCode | undefined };
    for (let i = 0; i < rows.length; i++) for (const alias of rows[i]?.[4]?.aliases ?? []) out[alias] = codes[i];
    return out;
  }

  function load(key: WireCode): E | undefined {
    const canonical = byCode[key] === undefined ? (aliases ??= aliasesOf())[key] : key;
    if (canonical === undefined) return undefined;
    const entry = entries.get(canonical) ?? (entryFromRow(canonical, byCode[canonical] as EntryRow, docsBaseUrl) as E);
    entries.set(canonical, entry);
    entries.set(key, entry);
    return entry;
  }

  return (code) => {
    const key = integerCodes === undefined ? (typeof code === 'string' ? code : undefined) : integerCodes(code, 'integer');
    return key === undefined ? undefined : (entries.get(key) ?? load(key));
  };
}
