/**
 * Every code Zoho's own OpenAPI specification of the CRM REST API declares
 * (../shared/vendor/zoho-crm-oas-errors.json, see its README for provenance) must be in
 * catalog/zoho-crm.json, as its code or a declared alias, cite that file as a source, carry every
 * HTTP status the specification gives it, and know every message the specification attributes to
 * it. The vendor file is read here, so a catalog that drifts from it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTemplate } from '../packages/runtime/src/template.js';
import { byWire, crmCatalog as catalog, sourcesOf, statusesOf, templatesOf, type CatalogEntry as Entry } from './helpers/crm-catalog.js';
import { ROOT } from './helpers/generate.js';

const VENDOR_FILE = 'vendor/zoho-crm-oas-errors.json';
const VENDOR = join(ROOT, '..', 'shared', VENDOR_FILE);

interface VendorCode {
  code: string;
  httpStatuses: string[];
  messages: string[];
  sharedMessages: string[];
}
interface UnreachedCode {
  code: string;
  messages: string[];
  sharedMessages: string[];
}
interface VendorData {
  codes: VendorCode[];
  successCodes: VendorCode[];
  unreachedDeclaredCodes: UnreachedCode[];
}

/** A message is known when a template of the entry produces it (templates without %s must equal it). */
const knows = (e: Entry, message: string): boolean => templatesOf(e).some((t) => matchTemplate(t, message) !== undefined);

describe.skipIf(!existsSync(VENDOR))('Zoho CRM vendor coverage (OpenAPI specification)', () => {
  const vendor = JSON.parse(readFileSync(VENDOR, 'utf8')) as VendorData;
  const errorCodes = new Set(vendor.codes.map((c) => c.code));
  const successCodes = new Set(vendor.successCodes.map((c) => c.code));
  const all = [...vendor.codes, ...vendor.successCodes];
  // The checks after the first two look at the codes the catalog has (the second reports the rest).
  const present = all.filter((c) => byWire.has(c.code));
  const presentUnreached = vendor.unreachedDeclaredCodes.filter((c) => byWire.has(c.code));

  it('reads the whole vendor file', () => {
    expect(vendor.codes.length).toBe(139);
    expect(vendor.successCodes.length).toBe(9);
  });

  it('every code and success code is a code or an alias of the catalog', () => {
    expect(all.map((c) => c.code).filter((code) => !byWire.has(code))).toEqual([]);
  });

  it('every such entry cites the vendor file, directly or through additionalSources', () => {
    const fileSources = new Set(Object.entries(catalog.api.sources).filter(([, s]) => s.file === VENDOR_FILE).map(([id]) => id));
    expect(fileSources.size).toBeGreaterThan(0);
    const uncited = present.filter((c) => !sourcesOf(byWire.get(c.code) as Entry).some((id) => fileSources.has(id))).map((c) => c.code);
    expect(uncited).toEqual([]);
  });

  it('every HTTP status the vendor file lists for a code is among its statuses', () => {
    const missing = present.flatMap((c) => {
      const have = statusesOf(byWire.get(c.code) as Entry);
      return c.httpStatuses.map(Number).filter((s) => !have.has(s)).map((s) => `${c.code} ${s}`);
    });
    expect(missing).toEqual([]);
  });

  it('every message attributed to a code is one of its (variant) messages', () => {
    const unknown = [...present, ...presentUnreached].flatMap((c) => {
      const entry = byWire.get(c.code) as Entry;
      return c.messages.filter((m) => !knows(entry, m)).map((m) => `${c.code}: ${m}`);
    });
    expect(unknown).toEqual([]);
  });

  it('codes declared only with "status": "success" are success entries; error codes are errors', () => {
    const wrong = present.flatMap((c) => {
      const entry = byWire.get(c.code) as Entry;
      const want = successCodes.has(c.code) && !errorCodes.has(c.code) ? 'success' : 'error';
      return entry.kind === want ? [] : [`${c.code}: ${entry.kind}, expected ${want}`];
    });
    expect(wrong).toEqual([]);
  });

  it('the declared codes no response reaches are cataloged too', () => {
    const missing = vendor.unreachedDeclaredCodes.map((c) => c.code).filter((code) => !byWire.has(code));
    expect(missing).toEqual([]);
  });

  it('a message the specification shares among several codes is not given to an entry sourced only from it', () => {
    // sharedMessages come from schemas whose code enum lists several codes: not attributable.
    const assigned = [...present, ...presentUnreached].flatMap((c) => {
      const entry = byWire.get(c.code) as Entry;
      if (sourcesOf(entry).some((id) => catalog.api.sources[id]?.file !== VENDOR_FILE)) return [];
      const matchesAny = (t: string, messages: string[]): boolean => messages.some((m) => matchTemplate(t, m) !== undefined);
      return templatesOf(entry).filter((t) => !matchesAny(t, c.messages) && matchesAny(t, c.sharedMessages)).map((t) => `${c.code}: ${t}`);
    });
    expect(assigned).toEqual([]);
  });
});
