/**
 * Every error Zoho's Creator API v2 OpenAPI specification lists (vendor/zoho-creator-v2-oas-errors.json,
 * derived by scripts/extract-creator-oas.mjs; vendor/README.md gives its provenance) must be in
 * catalog/zoho-creator-rest.json: the code, citing the specification, with a variant that comes
 * under the status the specification gives and whose template produces its message (the
 * specification's placeholders, OWNER_NAME and the like, stand where the template has %s). And the
 * other way: a code that cites the specification is one it lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTemplate } from '../packages/runtime/src/template.js';
import { ROOT } from './helpers/generate.js';

const SOURCE_ID = 'creator-v2-oas';

interface VendorResponse {
  status: number;
  message: string;
  operations: string[];
}
interface VendorFile {
  source: { title: string; page: string; copy: { repo: string; commit: string; path: string } };
  counts: { items: number; codes: number };
  codes: { code: number; responses: VendorResponse[] }[];
}
interface Variant {
  httpStatus: number;
  additionalHttpStatuses?: number[];
  message: string | null;
  source?: string;
}
interface Entry extends Variant {
  code: number;
  aliases?: (string | number)[];
  source: string;
  additionalSources?: string[];
  variants?: Variant[];
}
interface Catalog {
  api: { sources: Record<string, { title: string; url?: string; file?: string }> };
  codes: Entry[];
}

const vendor = JSON.parse(readFileSync(join(ROOT, 'vendor', 'zoho-creator-v2-oas-errors.json'), 'utf8')) as VendorFile;
const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog', 'zoho-creator-rest.json'), 'utf8')) as Catalog;
const byCode = new Map<number, Entry>();
for (const entry of catalog.codes) for (const wire of [entry.code, ...(entry.aliases ?? [])]) byCode.set(Number(wire), entry);
const listed = new Map(vendor.codes.map((c) => [c.code, c]));

/** The entry's own (status, message) as variant 0, then its variants, each with its source. */
interface Documented {
  statuses: number[];
  message: string | null;
  source: string;
}
const variantsOf = (e: Entry): Documented[] =>
  [e, ...(e.variants ?? [])].map((v, i) => ({
    statuses: [v.httpStatus, ...(v.additionalHttpStatuses ?? [])],
    message: v.message,
    source: i === 0 ? e.source : (v.source ?? e.source),
  }));
const cites = (e: Entry): boolean => [e.source, ...(e.additionalSources ?? []), ...(e.variants ?? []).map((v) => v.source)].includes(SOURCE_ID);

describe('Zoho Creator REST coverage (Creator API v2 OpenAPI specification)', () => {
  it('the extract says where it comes from and holds what it counts', () => {
    expect(vendor.source.page).toBe(catalog.api.sources[SOURCE_ID]?.url);
    expect(vendor.source.copy.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(vendor.codes.length).toBe(vendor.counts.codes);
    // Every item the script matched is one operation of one (code, status, message).
    expect(vendor.codes.reduce((n, c) => n + c.responses.reduce((m, r) => m + r.operations.length, 0), 0)).toBe(vendor.counts.items);
  });

  it('every code the specification lists is in the catalog and cites it', () => {
    expect(vendor.codes.filter((c) => !byCode.has(c.code)).map((c) => c.code)).toEqual([]);
    expect(vendor.codes.filter((c) => byCode.has(c.code) && !cites(byCode.get(c.code) as Entry)).map((c) => c.code)).toEqual([]);
  });

  it('every (status, message) the specification gives a code is one of its variants', () => {
    const unmatched = vendor.codes.flatMap(({ code, responses }) => {
      const entry = byCode.get(code);
      if (entry === undefined) return [];
      const variants = variantsOf(entry);
      return responses
        .filter((r) => !variants.some((v) => v.statuses.includes(r.status) && v.message !== null && matchTemplate(v.message, r.message) !== undefined))
        .map((r) => `${code} HTTP ${r.status}: ${r.message}`);
    });
    expect(unmatched).toEqual([]);
  });

  it('a code or variant that cites the specification is listed there, under one of its statuses', () => {
    const unlisted = catalog.codes.flatMap((entry) => {
      if (!cites(entry)) return [];
      const spec = listed.get(Number(entry.code));
      if (spec === undefined) return [`${entry.code}: not in the specification`];
      return variantsOf(entry)
        .filter((v) => v.source === SOURCE_ID && !spec.responses.some((r) => v.statuses.includes(r.status)))
        .map((v) => `${entry.code} HTTP ${v.statuses.join('/')}: the specification gives ${spec.responses.map((r) => r.status).join('/')}`);
    });
    expect(unlisted).toEqual([]);
  });
});
