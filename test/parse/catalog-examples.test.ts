/**
 * Data-driven over every catalog: each code's documented example body, a body built from the
 * envelope for each code and alias, and every template's parameters survive a round trip through
 * formatMessageWith → parseResponse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from '../helpers/catalogs.js';
import { ROOT } from '../helpers/generate.js';

interface Entry {
  code: string | number;
  name: string;
  httpStatus: number;
  kind: 'success' | 'partial' | 'error';
  message: string;
  params?: Array<{ name: string; example?: string }>;
  aliases?: Array<string | number>;
  example?: unknown;
}
interface Catalog {
  api: { id: string; envelope: { codeField: string; messageFields: string[]; detailsField?: string; example?: unknown } };
  codes: Entry[];
}
interface ParsedError {
  code: unknown;
  known: boolean;
  kind: string;
  params: Record<string, string>;
  details: unknown;
  entry?: { name: string };
}
interface Package {
  parseResponse(
    body: unknown,
    init?: { status?: number; headers?: Record<string, string> },
  ): { kind: string; entries: readonly ParsedError[]; errors: readonly ParsedError[]; retryAfterSeconds: number | undefined };
  formatMessageWith(code: never, params: never): string;
  retryAdvice(err: ParsedError): { retry: string; delaySeconds?: number };
  detailsIssues(err: ParsedError): readonly unknown[];
  detailsOf(err: ParsedError): unknown;
}

// Every package generated from catalog/, so a new API is covered without editing this file.
const packages: Record<string, Package> = Object.fromEntries(
  await Promise.all(shippedCatalogs().map(async (c) => [c.id, (await import(c.packageName)) as Package] as const)),
);

const catalogs = Object.keys(packages).map((id) => JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as Catalog);

describe.each(catalogs)('$api.id', ({ api, codes }) => {
  const pkg = packages[api.id] as Package;
  const { codeField, messageFields, detailsField } = api.envelope;

  it('parses the envelope example into a known error', () => {
    const r = pkg.parseResponse(api.envelope.example, { status: 400 });
    expect(r.entries.length).toBeGreaterThan(0);
    for (const e of r.entries) expect(e.known).toBe(true);
  });

  // A gateway's 503 page in front of any of these APIs: the wait it asks for is the one advised.
  it('an HTML 503 with Retry-After is retried after the wait it names', () => {
    const r = pkg.parseResponse('<html><head><title>503 Service Unavailable</title></head></html>', { status: 503, headers: { 'retry-after': '120' } });
    expect(r.retryAfterSeconds).toBe(120);
    expect(r.errors).toHaveLength(1);
    expect(pkg.retryAdvice(r.errors[0] as ParsedError)).toEqual({ retry: 'after-delay', delaySeconds: 120 });
  });

  const withExample = codes.filter((c) => c.example !== undefined);
  it.each(withExample.map((c) => [c.name, c] as const))('example body of %s', (_name, entry) => {
    const r = pkg.parseResponse(JSON.stringify(entry.example), { status: entry.httpStatus });
    const found = r.entries.filter((e) => e.code === entry.code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ known: true, kind: entry.kind });
    // The example's details fit the code's schema: detailsOf gives them back, typed.
    expect(pkg.detailsIssues(found[0] as ParsedError)).toEqual([]);
    expect(pkg.detailsOf(found[0] as ParsedError)).toBe((found[0] as ParsedError).details);
    expect(r.kind).toBe(entry.kind);
  });

  it.each(codes.map((c) => [c.name, c] as const))('%s: by code and every alias, with its params recovered', (_name, entry) => {
    const params = Object.fromEntries((entry.params ?? []).map((p, i) => [p.name, p.example ?? `value ${i}`]));
    const message = pkg.formatMessageWith(entry.code as never, params as never);
    for (const wire of [entry.code, ...(entry.aliases ?? [])]) {
      const body: Record<string, unknown> = { [codeField]: wire, [messageFields[0] as string]: message };
      if (detailsField !== undefined) body[detailsField] = {};
      const e = pkg.parseResponse(body, { status: entry.httpStatus }).entries[0] as ParsedError;
      expect(e).toMatchObject({ known: true, code: entry.code, kind: entry.kind });
      expect(e.entry?.name).toBe(entry.name);
      expect(e.params).toEqual(params);
    }
  });
});
