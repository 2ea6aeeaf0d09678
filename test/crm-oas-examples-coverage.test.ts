/**
 * Every code the response examples of Zoho's CRM OpenAPI specification show
 * (vendor/zoho-crm-oas-v8-examples.json, derived by scripts/extract-crm-oas-examples.mjs;
 * vendor/README.md gives its provenance) must be in catalog/zoho-crm.json: the code or an alias,
 * citing the examples, with every HTTP status they show it under. A code they show with a message
 * has one in the catalog; an entry that comes from the examples alone knows every message they
 * show. And the other way: an entry that cites the examples is one they show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResponse, type ZohoCrmAnyError } from '@errcat/zoho-crm';
import { matchTemplate } from '../packages/runtime/src/template.js';
import { byWire, crmCatalog as catalog, sourcesOf, statusesOf, templatesOf, type CatalogEntry as Entry } from './helpers/crm-catalog.js';
import { ROOT } from './helpers/generate.js';

const SOURCE_ID = 'crm-oas-v8-examples';

interface VendorResponse {
  status: number | string;
  statusWord: string | null;
  message: string | null;
  operations: string[];
  where: string[];
  detailsKeys: string[];
}
interface VendorFile {
  source: { title: string; repo: string; files: string; commits: string[] };
  counts: { files: number; responses: number; items: number; codes: number };
  unreadableBlocks: string[];
  notStringCodes: string[];
  codes: { code: string; responses: VendorResponse[] }[];
}
const vendor = JSON.parse(readFileSync(join(ROOT, 'vendor', 'zoho-crm-oas-v8-examples.json'), 'utf8')) as VendorFile;
const shown = new Map(vendor.codes.map((c) => [c.code, c]));

/** OpenAPI's default example text and an empty string stand where an example gives no message. */
const said = (message: string | null): message is string => message !== null && message !== '' && message !== 'string';
const cites = (e: Entry): boolean => [...sourcesOf(e), ...(e.variants ?? []).map((v) => v.source)].includes(SOURCE_ID);

describe('Zoho CRM coverage (the response examples of the OpenAPI specification, v8.0 YAML edition)', () => {
  it('the extract says where it comes from and holds what it counts', () => {
    expect(catalog.api.sources[SOURCE_ID]?.url).toBe(`https://github.com/${vendor.source.repo}/tree/${vendor.source.commits[0]}/v8.0`);
    for (const commit of vendor.source.commits) expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(vendor.codes.length).toBe(vendor.counts.codes);
    expect(vendor.notStringCodes).toEqual([]);
    expect(vendor.counts.files).toBeGreaterThan(400);
    // Zoho wrote these eight examples in Python's notation (single quotes, TimeStamp(…), None), not
    // JSON; the codes in them (SUCCESS, MANDATORY_NOT_FOUND) are shown in JSON elsewhere.
    expect(vendor.unreadableBlocks).toEqual([
      'v8.0/notifications/mds/examples/createNotifications.md: 201 Sample',
      'v8.0/notifications/mds/examples/createNotifications.md: 207 MultiStatusResponse',
      'v8.0/notifications/mds/examples/disableNotifications.md: 207 MultiStatusResponse',
      'v8.0/notifications/mds/examples/getNotifications.md: 200 Sample',
      'v8.0/notifications/mds/examples/updateNotificationDetails.md: 200 Sample',
      'v8.0/notifications/mds/examples/updateNotificationDetails.md: 207 MultiStatusResponse',
      'v8.0/notifications/mds/examples/updateNotificationInfo.md: 200 Sample',
      'v8.0/notifications/mds/examples/updateNotificationInfo.md: 207 MultiStatusResponse',
    ]);
  });

  it('every code the examples show is a code or an alias of the catalog, and cites them', () => {
    expect(vendor.codes.filter((c) => !byWire.has(c.code)).map((c) => c.code)).toEqual([]);
    expect(vendor.codes.filter((c) => byWire.has(c.code) && !cites(byWire.get(c.code) as Entry)).map((c) => c.code)).toEqual([]);
  });

  it('every HTTP status the examples show a code under is among its statuses', () => {
    const missing = vendor.codes.flatMap(({ code, responses }) => {
      const entry = byWire.get(code);
      if (entry === undefined) return [];
      const have = statusesOf(entry);
      return [...new Set(responses.map((r) => r.status))].filter((s) => typeof s === 'number' && !have.has(s)).map((s) => `${code} ${s}`);
    });
    expect(missing).toEqual([]);
  });

  it('a code the examples show with a message has a message in the catalog', () => {
    const silent = vendor.codes.filter(({ code, responses }) => {
      const entry = byWire.get(code);
      return entry !== undefined && responses.some((r) => said(r.message)) && templatesOf(entry).length === 0;
    });
    expect(silent.map((c) => c.code)).toEqual([]);
  });

  it('a code whose examples show a message none of its templates gives says its message varies', () => {
    const fixed = vendor.codes.filter(({ code, responses }) => {
      const entry = byWire.get(code);
      if (entry === undefined || entry.messageVaries === true) return false;
      return responses.some((r) => said(r.message) && !templatesOf(entry).some((t) => matchTemplate(t, r.message as string) !== undefined));
    });
    expect(fixed.map((c) => c.code)).toEqual([]);
  });

  it('an entry that comes from the examples alone knows every message they show, under its status', () => {
    const unknown = vendor.codes.flatMap(({ code, responses }) => {
      const entry = byWire.get(code);
      if (entry === undefined || entry.source !== SOURCE_ID) return [];
      const variants = [entry, ...(entry.variants ?? [])];
      return responses
        .filter((r) => said(r.message))
        .filter((r) => !variants.some((v) => v.message !== null && matchTemplate(v.message, r.message as string) !== undefined && [v.httpStatus, ...(v.additionalHttpStatuses ?? [])].includes(r.status as number)))
        .map((r) => `${code} HTTP ${r.status}: ${r.message}`);
    });
    expect(unknown).toEqual([]);
  });

  it('a code the examples show only with "status": "success" is a success entry, one shown only with "error" is not', () => {
    const wrong = vendor.codes.flatMap(({ code, responses }) => {
      const entry = byWire.get(code);
      const words = new Set(responses.map((r) => r.statusWord));
      if (entry === undefined || words.size !== 1) return [];
      if (words.has('success') && entry.kind !== 'success') return [`${code}: ${entry.kind}, shown as a success`];
      if (words.has('error') && entry.kind === 'success') return [`${code}: success, shown as an error`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('an entry sourced from the examples is one they show', () => {
    expect(catalog.codes.filter((e) => e.source === SOURCE_ID && ![e.code, ...(e.aliases ?? [])].some((w) => shown.has(w))).map((e) => e.code)).toEqual([]);
  });

  it('the parser finds an entry wherever the examples put one, but in the bodies of sub-responses', () => {
    // A composite request's sub-responses are read by parsing each of them on its own.
    const NOT_READ = ['__composite_requests[].details.response.body.data[]'];
    /** A body that holds `entry` at `where` (`data[]`, `base_currency`, `data[].details.errors[]`). */
    const bodyAt = (where: string, entry: object): object => {
      if (where === '(body)') return entry;
      const nested = where.match(/^(.*)\.details\.errors\[\]$/);
      if (nested !== null) return bodyAt(nested[1] as string, { code: 'MULTIPLE_OR_MULTI_ERRORS', details: { errors: [entry] }, message: 'Multiple errors in the request', status: 'error' });
      return where
        .split('.')
        .reverse()
        .reduce<unknown>((inner, segment) => {
          // `users[][]`: the entry in an array in an array under users.
          let value = inner;
          let key = segment;
          while (key.endsWith('[]')) [value, key] = [[value], key.slice(0, -2)];
          return { [key]: value };
        }, entry) as object;
    };
    const found = (errors: readonly ZohoCrmAnyError[], code: string): boolean => errors.some((e) => e.code === code || found(e.causes as readonly ZohoCrmAnyError[], code));
    const unread = new Set<string>();
    for (const { code, responses } of vendor.codes) {
      for (const r of responses) {
        for (const where of r.where) {
          const entry = { code, details: {}, message: r.message ?? '', status: r.statusWord ?? 'error' };
          const result = parseResponse(JSON.stringify(bodyAt(where, entry)), { status: typeof r.status === 'number' ? r.status : 400 });
          // An alias (EMAIL_UPDATE_NOT_ALOWED) is read as its entry's code.
          if (!found(result.entries as readonly ZohoCrmAnyError[], byWire.get(code)?.code ?? code)) unread.add(where);
        }
      }
    }
    expect([...unread].sort()).toEqual(NOT_READ);
  });
});

interface OperationCodes {
  source: { repo: string; files: string };
  counts: { items: number; codes: number };
  items: { code: string; status: number; page: string; commit: string; enum?: string[]; namedIn?: string }[];
}
const OPERATIONS_ID = 'crm-oas-v8-operations';
const operations = JSON.parse(readFileSync(join(ROOT, 'vendor', 'zoho-crm-oas-v8-operation-codes.json'), 'utf8')) as OperationCodes;

describe('Zoho CRM coverage (codes the operation pages of the specification declare, v8.0 YAML edition)', () => {
  it('the extract holds what it counts, each item with its page, commit and enum or where the page names it', () => {
    expect(operations.items.length).toBe(operations.counts.items);
    expect(new Set(operations.items.map((i) => i.code)).size).toBe(operations.counts.codes);
    for (const item of operations.items) {
      expect(item.page).toMatch(/^v8\.0\/[a-z_]+\/operations\/\w+\/operation\.md$/);
      expect(item.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(item.enum === undefined ? item.namedIn : item.enum).toBeDefined();
      if (item.enum !== undefined) expect(item.enum).toContain(item.code);
    }
  });

  it('every code is in the catalog, under the status its page gives', () => {
    const missing = operations.items.filter((i) => !byWire.has(i.code) || !statusesOf(byWire.get(i.code) as Entry).has(i.status)).map((i) => `${i.code} ${i.status}`);
    expect(missing).toEqual([]);
  });

  it('every such code cites the operation pages', () => {
    const uncited = operations.items
      .filter((i) => !sourcesOf(byWire.get(i.code) as Entry).includes(OPERATIONS_ID))
      .map((i) => i.code);
    expect(uncited).toEqual([]);
    expect(catalog.api.sources[OPERATIONS_ID]?.url).toBe(`https://github.com/${operations.source.repo}/tree/main/v8.0`);
  });
});
