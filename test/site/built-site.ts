/**
 * The built docs site, for the tests that read it (links, browser): built once per test run.
 * `pnpm run ci` builds it before the tests (`pnpm docs:build`); a run without that (a single test
 * file, a developer's loop) builds it here when its recorded inputs differ from the current ones,
 * under a lock, so test files running in parallel workers build it once between them.
 * Also: a small static server for it on 127.0.0.1 (port 0), the browser that the browser tests
 * drive, and the catalogs' models.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { SiteData } from '../../codegen/src/emit/site.js';
import type { ApiModel } from '../../codegen/src/model.js';
import { loadAndValidate } from '../../codegen/src/pipeline.js';
import { readSiteConfig, type SiteConfig } from '../../codegen/src/site-config.js';
import { DIST, siteInputsHash, STAMP } from '../../scripts/site-inputs.mjs';
import { ROOT } from '../helpers/generate.js';

export const SITE_DIST: string = join(ROOT, DIST);
const LOCK = join(ROOT, 'site/.vitepress/.build-lock');

function fresh(): boolean {
  try {
    return readFileSync(join(ROOT, STAMP), 'utf8').trim() === siteInputsHash(ROOT);
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the site unless a build of the current inputs is on disk. */
export async function ensureSiteBuilt(): Promise<void> {
  if (fresh()) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than 10 minutes belongs to a run that died.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Gone meanwhile: try again.
      }
      await sleep(500);
    }
  }
  try {
    if (fresh()) return;
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/docs-build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pnpm docs:build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function siteConfig(): SiteConfig {
  const result = readSiteConfig(ROOT);
  if (!result.ok) throw new Error(result.problem.message);
  return result.config;
}

/** The models of every catalog in catalog/, as the site was emitted from them. */
export function catalogModels(): ApiModel[] {
  const result = loadAndValidate({ root: ROOT });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  return result.apis.map((a) => a.model);
}

export function siteData(): SiteData {
  return JSON.parse(readFileSync(join(ROOT, 'site/pages/errcat-site.json'), 'utf8')) as SiteData;
}

/** The built file a site URL's path names (`<base>x/y.html`, `<base>x/` → index.html), or undefined. */
export function distFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel = decodeURIComponent(pathname.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const path = normalize(join(SITE_DIST, rel));
  if (!path.startsWith(SITE_DIST + sep)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  // A clean URL (VitePress's router asks for them on some navigations): try .html.
  return existsSync(`${path}.html`) ? `${path}.html` : undefined;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Serves the built site at its base path on 127.0.0.1, on a free port, as GitHub Pages would (404.html for the rest). */
export async function serveSite(base: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = distFile(url.pathname, base);
    if (path === undefined) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(SITE_DIST, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A browser test's setup: the site built and served, and Debian's Chromium (or ERRCAT_CHROMIUM) driven by playwright-core. */
export interface SiteInBrowser {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function siteInBrowser(base: string): Promise<SiteInBrowser> {
  await ensureSiteBuilt();
  const server = await serveSite(base);
  const browser = await chromium.launch({ executablePath: process.env.ERRCAT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
