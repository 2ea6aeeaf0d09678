/**
 * The docs site's settings (site/site.json): the one place its address is configured. The
 * generator derives every API's docs base URL from `url` (`<url><api id>/`), so lookup().docs,
 * the TSDoc [Reference] links, problem+json `type` and the README tables all point into the
 * site; the site build reads the same value through the data the site emitter writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems.js';

export interface SiteConfig {
  /** Absolute URL of the site's root, ending in `/`. */
  readonly url: string;
  /** Title of the site (header, page titles). */
  readonly title: string;
  /** Repository the site links to (edit links, the header's GitHub icon). */
  readonly repository: string;
}

/** Repository-relative path of the settings file. */
export const SITE_CONFIG_FILE = 'site/site.json';

export type SiteConfigResult = { readonly ok: true; readonly config: SiteConfig } | { readonly ok: false; readonly problem: Problem };

function problem(pointer: string, message: string, expected: string, found: string): SiteConfigResult {
  return { ok: false, problem: { file: SITE_CONFIG_FILE, line: 1, column: 1, pointer, rule: 'site-config', message, expected, found } };
}

function absoluteUrl(text: unknown): URL | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and checks site/site.json under `root`; every way it can be wrong is a Problem, never a throw. */
export function readSiteConfig(root: string): SiteConfigResult {
  let text: string;
  try {
    text = readFileSync(join(root, SITE_CONFIG_FILE), 'utf8');
  } catch {
    return problem('', `${SITE_CONFIG_FILE} is missing: catalogs without api.docsBaseUrl take their docs URLs from it`, 'a JSON file with "url", "title" and "repository"', 'no file');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return problem('', `${SITE_CONFIG_FILE} is not valid JSON`, 'JSON', error instanceof Error ? error.message : String(error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem('', 'the site settings must be an object', 'an object', JSON.stringify(data));
  const { url, title, repository } = data as Record<string, unknown>;
  const site = absoluteUrl(url);
  if (site === undefined || !site.pathname.endsWith('/') || site.search !== '' || site.hash !== '')
    return problem('/url', 'url must be the absolute http(s) address of the site root, ending in "/"', 'e.g. "https://errcat.github.io/errcat/"', JSON.stringify(url));
  if (typeof title !== 'string' || title.trim() === '') return problem('/title', 'title must be a non-empty string', 'a string', JSON.stringify(title));
  if (absoluteUrl(repository) === undefined) return problem('/repository', 'repository must be an absolute http(s) URL', 'e.g. "https://github.com/errcat/errcat"', JSON.stringify(repository));
  return { ok: true, config: { url: site.href, title, repository: repository as string } };
}

/** Where an API's pages are on the site: `<site url><api id>/` (API ids are kebab-case, URL-safe). */
export function siteDocsBaseUrl(siteUrl: string, apiId: string): string {
  return `${siteUrl}${encodeURIComponent(apiId)}/`;
}

/** The site's base path (VitePress `base`): the URL's path, `/` for a site at a domain's root. */
export function sitePath(siteUrl: string): string {
  return new URL(siteUrl).pathname;
}
