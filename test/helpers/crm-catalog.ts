/**
 * catalog/zoho-crm.json as the vendor-coverage tests read it (test/vendor-coverage.test.ts for the
 * JSON edition of Zoho's specification, test/crm-oas-examples-coverage.test.ts for its YAML
 * edition): its entries by every wire spelling, and what an entry documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './generate.js';

export interface CatalogVariant {
  httpStatus: number;
  additionalHttpStatuses?: number[];
  message: string | null;
  source?: string;
}
export interface CatalogEntry extends CatalogVariant {
  code: string;
  aliases?: string[];
  kind: 'success' | 'partial' | 'error';
  messageVaries?: boolean;
  source: string;
  additionalSources?: string[];
  variants?: CatalogVariant[];
}
export interface CrmCatalog {
  api: { sources: Record<string, { title: string; file?: string; url?: string }> };
  codes: CatalogEntry[];
}

export const crmCatalog = JSON.parse(readFileSync(join(ROOT, 'catalog', 'zoho-crm.json'), 'utf8')) as CrmCatalog;

/** Each entry under its code and every alias. */
export const byWire = new Map<string, CatalogEntry>();
for (const entry of crmCatalog.codes) for (const wire of [entry.code, ...(entry.aliases ?? [])]) byWire.set(wire, entry);

/** The HTTP statuses of the entry and of its variants. */
export const statusesOf = (e: CatalogEntry): Set<number> =>
  new Set([e, ...(e.variants ?? [])].flatMap((v) => [v.httpStatus, ...(v.additionalHttpStatuses ?? [])]));
/** The entry's message templates, its own first (a null message is none). */
export const templatesOf = (e: CatalogEntry): string[] => [e.message, ...(e.variants ?? []).map((v) => v.message)].filter((m): m is string => m !== null);
/** The sources the entry itself cites (its variants' aside). */
export const sourcesOf = (e: CatalogEntry): string[] => [e.source, ...(e.additionalSources ?? [])];
