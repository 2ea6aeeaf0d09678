/**
 * The built packages, imported the way a user would (ESM and CommonJS), export every catalog
 * entry with the right status, kind, message, retry and docs link.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as hyper from '@errcat/hyper';
import * as creator from '@errcat/zoho-creator';
import { shippedCatalogs } from './helpers/catalogs.js';
import { ROOT } from './helpers/generate.js';
import { readSiteConfig, siteDocsBaseUrl } from '../codegen/src/site-config.js';

const require = createRequire(import.meta.url);

interface CatalogEntry {
  code: string | number;
  name: string;
  httpStatus: number;
  kind: string;
  /** null when the vendor documents no message for the code (lookup then has none). */
  message: string | null;
  params?: unknown[];
  variants?: unknown[];
  aliases?: Array<string | number>;
  retry: { strategy: string; delaySeconds?: number };
}
interface Generated {
  lookup(code: unknown): { code: unknown; name: string; status: number; kind: string; message: string | undefined; variants: unknown[]; retry: string; retryDelaySeconds?: number; docs: string } | undefined;
  formatMessage(code: never, ...params: never[]): string;
  isRetryable(code: never): boolean;
  [key: string]: unknown;
}

// Every catalog in catalog/, so a new API is covered without editing this file. The enum is
// subpath-only (`<package>/enum`): merged in here so each build is checked whole.
const apis = await Promise.all(
  shippedCatalogs().map(async ({ id, packageName, prefix }) => ({
    id,
    prefix,
    esm: { ...(await import(packageName)), ...(await import(`${packageName}/enum`)) } as Generated,
    cjs: { ...require(packageName), ...require(`${packageName}/enum`) } as Generated,
  })),
);

const site = readSiteConfig(ROOT);
const siteUrl = site.ok ? site.config.url : '(no site/site.json)';

describe.each(apis)('$id', ({ id, prefix, esm, cjs }) => {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as { codes: CatalogEntry[] };
  const identifier = (name: string) => (/^[0-9]/.test(name) ? `_${name}` : name);

  it.each([
    ['ESM', esm],
    ['CommonJS', cjs],
  ])('exports every code with its catalog data (%s)', (_format, pkg) => {
    const list = pkg[`${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}CodeList`] as unknown[];
    expect([...list].sort()).toEqual(catalog.codes.map((c) => c.code).sort());
    const codesObject = pkg[`${prefix}Codes`] as Record<string, unknown>;
    const enumObject = pkg[`${prefix}ErrorCode`] as Record<string, unknown>;
    for (const c of catalog.codes) {
      const entry = pkg.lookup(c.code);
      expect(entry, String(c.code)).toMatchObject({ code: c.code, name: c.name, status: c.httpStatus, kind: c.kind, message: c.message ?? undefined, retry: c.retry.strategy });
      expect(entry?.variants, String(c.code)).toHaveLength(1 + (c.variants?.length ?? 0));
      expect(entry?.retryDelaySeconds).toBe(c.retry.delaySeconds);
      // The catalogs leave docsBaseUrl to the docs site's url (site/site.json).
      expect(entry?.docs.startsWith(siteDocsBaseUrl(siteUrl, id))).toBe(true);
      expect(pkg[identifier(c.name)]).toBe(c.code);
      expect(codesObject[identifier(c.name)]).toBe(c.code);
      expect(enumObject[identifier(c.name)]).toBe(c.code);
      expect(pkg.isRetryable(c.code as never)).toBe(c.retry.strategy !== 'never');
      for (const alias of c.aliases ?? []) expect(pkg.lookup(alias)?.code).toBe(c.code);
      if ((c.params ?? []).length === 0) {
        // A code without a documented message formats as its name.
        expect(pkg.formatMessage(c.code as never)).toBe(c.message === null ? c.name : c.message.replace(/%%/g, '%'));
      }
    }
  });

  it('ships the normalized catalog as ./catalog.json', () => {
    const shipped = require(`@errcat/${id}/catalog.json`) as { codes: Array<{ code: unknown; message: string }> };
    expect(shipped.codes.map((c) => c.code)).toEqual(
      catalog.codes.map((c) => c.code).sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
    );
  });
});

describe('integer codes', () => {
  it('accept zero-padded strings on lookup', () => {
    expect(hyper.lookup('007')?.code).toBe(7);
    expect(hyper.lookup(' 7 ')?.code).toBe(7);
    expect(hyper.lookup('7.5')).toBeUndefined();
    expect(creator.lookup('09450')?.name).toBe('DATATYPE_MISMATCH');
  });

  it('format templates with parameters', () => {
    expect(creator.formatMessage(9450, 'Price')).toBe('Datatype mismatch encountered. Please provide a valid value for Price.');
    expect(creator.formatMessageWith(9510, { domain: 'creator.zoho.eu' })).toBe('Invalid domain name. Kindly use the domain - creator.zoho.eu');
    expect(creator.formatMessage(9450, '%s')).toBe('Datatype mismatch encountered. Please provide a valid value for %s.');
  });
});
