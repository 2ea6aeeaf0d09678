/**
 * Every code the vendor pages in ../shared/seeds list must be in the catalog, exactly as sent
 * on the wire (or as a declared alias). The codes are read from the pages themselves here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from './helpers/catalogs.js';
import { ROOT } from './helpers/generate.js';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

interface Catalog {
  codes: Array<{
    code: string | number;
    aliases?: Array<string | number>;
    source: string;
    additionalSources?: string[];
    variants?: Array<{ source?: string }>;
    message: string | null;
  }>;
  api: { sources: Record<string, { file?: string; url?: string }> };
}
const catalog = (id: string): Catalog => JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as Catalog;
const wireValues = (c: Catalog): Set<string | number> => new Set(c.codes.flatMap((e) => [e.code, ...(e.aliases ?? [])]));

/** The article body only: the captured pages end in forum sidebars full of unrelated text. */
function articleOf(text: string, endMarker: RegExp): string {
  const end = text.search(endMarker);
  return end === -1 ? text : text.slice(0, end);
}

describe.skipIf(!existsSync(SEEDS))('seed coverage', () => {
  it('Zoho CRM: every UPPER_SNAKE code on both pages is a code or an alias', () => {
    const pages = [
      articleOf(seed('001_8c0abac2050aa6c7.txt'), /Previous 'Kaizen'/),
      articleOf(seed('002_515a220e4af5ebee.txt'), /Sticky Posts/),
    ];
    const found = new Set(pages.flatMap((p) => p.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? []));
    expect(found.size).toBeGreaterThanOrEqual(17);
    const known = wireValues(catalog('zoho-crm'));
    expect([...found].filter((code) => !known.has(code))).toEqual([]);
  });

  it('Zoho CRM: the wire spelling in JSON examples is the canonical code', () => {
    const page = seed('001_8c0abac2050aa6c7.txt');
    const wire = [...page.matchAll(/"code":\s*"([A-Z_]+)"/g)].map((m) => m[1]);
    const codes = new Set(catalog('zoho-crm').codes.map((c) => c.code));
    expect(wire.length).toBeGreaterThanOrEqual(15);
    expect(wire.filter((code) => !codes.has(code as string))).toEqual([]);
  });

  it('Zoho Creator: every numeric code in the table is a code, with its message', () => {
    const page = seed('000_9299690fa716bf20.txt');
    const lines = page.split('\n').map((l) => l.trim());
    const rows = lines.flatMap((line, i) => (/^\d{4}$/.test(line) ? [{ code: Number(line), message: lines[i + 1] ?? '' }] : []));
    expect(rows.length).toBe(16);
    const byCode = new Map(catalog('zoho-creator').codes.map((c) => [c.code, c]));
    for (const row of rows) {
      const entry = byCode.get(row.code);
      expect(entry, String(row.code)).toBeDefined();
      // The page writes run-time parts as %s too, so its text is the template itself.
      expect(entry?.message).toBe(row.message);
    }
  });

  it('Hyper: every ResponseCode row is a code', () => {
    const page = seed('003_6cb63eace772babb.txt');
    const codes = [...page.matchAll(/^\| (\d+) \| (\d{3}) \|/gm)].map((m) => Number(m[1]));
    expect(codes.length).toBe(35);
    const known = wireValues(catalog('hyper'));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it('every catalog entry names its sources: a file that exists under shared/, or a vendor page URL', () => {
    for (const { id } of shippedCatalogs()) {
      const c = catalog(id);
      for (const entry of c.codes) {
        const ids = [entry.source, ...(entry.additionalSources ?? []), ...(entry.variants ?? []).flatMap((v) => (v.source === undefined ? [] : [v.source]))];
        for (const sourceId of ids) {
          const source = c.api.sources[sourceId];
          expect(source, `${id} ${entry.code} ${sourceId}`).toBeDefined();
          if (source?.file !== undefined) expect(existsSync(join(ROOT, '..', 'shared', source.file)), source.file).toBe(true);
          else expect(source?.url, `${id} ${entry.code} ${sourceId}`).toMatch(/^https?:\/\/\S+$/);
        }
      }
    }
  });
});
