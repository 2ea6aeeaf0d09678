/** entryLookup: the body of every generated package's `lookup` (codes, aliases from the rows, integer normalization, cache). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFromRow, entryLookup, normalizeCode, type EntryRow } from '../src/index.js';

const BASE = 'https://d.test/';

const stringRows: EntryRow[] = [
  [401, 'invalid oauth token', [], 'unauthorized', { retry: 'after-reauth', aliases: ['INVALID_OAUTHTOKEN', 'OLD_TOKEN'] }],
  [404, 'No %s', ['what'], 'client'],
  [400, null, [], 'weird', { name: 'PROTO', aliases: ['constructor'] }],
];
const stringCodes = ['INVALID_TOKEN', 'NOT_FOUND', '__proto__'];

describe('entryLookup', () => {
  const lookup = entryLookup(stringCodes, stringRows, BASE);

  it('gives the entry entryFromRow builds for each code, the same object on every call', () => {
    stringCodes.forEach((code, i) => {
      const entry = lookup(code);
      expect(entry).toEqual(entryFromRow(code, stringRows[i] as EntryRow, BASE));
      expect(lookup(code)).toBe(entry);
    });
  });

  it('resolves the aliases a row lists to the canonical entry, before or after the code itself', () => {
    const fresh = entryLookup(stringCodes, stringRows, BASE);
    const byAlias = fresh('OLD_TOKEN');
    expect(byAlias?.code).toBe('INVALID_TOKEN');
    expect(fresh('INVALID_TOKEN')).toBe(byAlias);
    expect(fresh('INVALID_OAUTHTOKEN')).toBe(byAlias);
    expect(fresh('constructor')?.name).toBe('PROTO');
  });

  it('knows nothing of prototype names, other spellings or non-strings', () => {
    for (const miss of ['toString', 'hasOwnProperty', 'invalid_token', ' INVALID_TOKEN', '', 401, null, undefined, {}, ['INVALID_TOKEN']]) {
      expect(lookup(miss)).toBeUndefined();
    }
    expect(lookup('__proto__')?.name).toBe('PROTO');
  });

  it('accepts numbers and zero-padded digit strings for integer codes when given normalizeCode', () => {
    const rows: EntryRow[] = [[400, 'Datatype mismatch for %s', ['field'], 'bad-request', { name: 'DATATYPE_MISMATCH', aliases: [94500] }], [200, null, [], 'ok']];
    const hyper = entryLookup([9450, 0], rows, BASE, normalizeCode);
    expect(hyper(9450)?.name).toBe('DATATYPE_MISMATCH');
    expect(hyper('009450')).toBe(hyper(9450));
    expect(hyper(' 9450 ')).toBe(hyper(9450));
    expect(hyper('94500')).toBe(hyper(9450));
    expect(hyper('0')?.code).toBe(0);
    for (const miss of ['9450.0', '9450x', 9450.5, Number.NaN, '', '-', 1]) expect(hyper(miss)).toBeUndefined();
  });

  it('agrees with a plain map of codes and aliases for any code list and any probe', () => {
    const code = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'A'));
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(code, { maxLength: 2 }), { maxLength: 12 }),
        fc.array(fc.oneof(code, fc.integer(), fc.constant(undefined)), { maxLength: 20 }),
        (codes, aliasLists, probes) => {
          // Aliases that are not codes themselves, each given to one code only (as the catalog schema requires).
          const taken = new Set<string>(codes);
          const rows: EntryRow[] = codes.map((_, i) => {
            const aliases = (aliasLists[i] ?? []).filter((a) => !taken.has(a) && (taken.add(a), true));
            return [400, null, [], 'g', aliases.length === 0 ? undefined : { aliases }];
          });
          const expected = new Map<unknown, string>();
          codes.forEach((c, i) => {
            expected.set(c, c);
            for (const a of rows[i]?.[4]?.aliases ?? []) expected.set(a, c);
          });
          const lookup = entryLookup(codes, rows, BASE);
          for (const probe of [...probes, ...expected.keys()]) expect(lookup(probe)?.code).toBe(expected.get(probe));
        },
      ),
    );
  });
});
