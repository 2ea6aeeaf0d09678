/**
 * Every docs link the packages emit lands on its code's element in the built site: lookup().docs,
 * the TSDoc `[Reference]` links of the built declarations, problem+json `type` and the README
 * tables, for every catalog in catalog/ (none is named here). A link resolves when it is under the
 * site's url, names a built page, and that page has exactly one element with the anchor as id: the
 * `<h2>` of that code's section. And the site has one such section per code of every catalog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, CodeModel } from '../../codegen/src/model.js';
import { sitePath } from '../../codegen/src/site-config.js';
import { ROOT } from '../helpers/generate.js';
import { catalogModels, distFile, ensureSiteBuilt, SITE_DIST, siteConfig } from './built-site.js';

interface BuiltPackage {
  lookup(code: unknown): { docs: string; code: string | number } | undefined;
  parseResponse(body: unknown, init?: { status?: number }): { entries: ReadonlyArray<{ known: boolean; code: unknown }> };
  toProblemDetails(error: unknown): { type: string };
}

const models: ApiModel[] = catalogModels();
const site = siteConfig();
const base = sitePath(site.url);
const pages = new Map<string, string>();

beforeAll(async () => {
  await ensureSiteBuilt();
});

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(path: string): string {
  let text = pages.get(path);
  if (text === undefined) pages.set(path, (text = readFileSync(path, 'utf8')));
  return text;
}

/** Why a link does not land on the code's section, or undefined when it does. */
function problemOf(link: string, code: CodeModel): string | undefined {
  if (!link.startsWith(site.url)) return `${link} is not under the site's url ${site.url}`;
  const url = new URL(link);
  const file = distFile(url.pathname, base);
  if (file === undefined) return `${link}: no built page at ${url.pathname}`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  const page = html(file);
  const ids = page.split(` id="${anchor}"`).length - 1;
  if (ids !== 1) return `${link}: ${ids} elements with id "${anchor}", want 1`;
  const heading = new RegExp(`<h2 id="${anchor}"[^>]*>([\\s\\S]*?)</h2>`).exec(page);
  if (heading === null) return `${link}: the element with id "${anchor}" is not a section heading`;
  if (!(heading[1] as string).startsWith(`<code>${escapeHtml(String(code.code))}</code>`)) return `${link}: heading "${heading[1]}" is not ${code.code}'s`;
  return undefined;
}

async function builtPackage(api: ApiModel): Promise<BuiltPackage> {
  return (await import(pathToFileURL(join(ROOT, 'generated', api.id, 'dist/esm/index.js')).href)) as BuiltPackage;
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

describe.each(models.map((m) => [m.id, m] as const))('%s', (_id, api) => {
  const byDocs = new Map(api.codes.map((c) => [c.docsUrl, c]));

  it('lookup().docs of every code lands on its section', async () => {
    const pkg = await builtPackage(api);
    const problems = api.codes.flatMap((c) => {
      const docs = pkg.lookup(c.code)?.docs ?? `(no entry for ${c.code})`;
      if (docs !== c.docsUrl) return [`${c.code}: lookup gives ${docs}, the model ${c.docsUrl}`];
      return [problemOf(docs, c)].filter((p) => p !== undefined);
    });
    expect(problems).toEqual([]);
  });

  it('every TSDoc [Reference] link of the built declarations lands on its code, and every code has one', () => {
    const links = declarationFiles(join(ROOT, 'generated', api.id, 'dist/esm')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\[Reference\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
    );
    const problems = links.flatMap((link) => {
      const code = byDocs.get(link);
      return code === undefined ? [`${link} is no code's docs URL`] : [problemOf(link, code)].filter((p) => p !== undefined);
    });
    expect(problems).toEqual([]);
    expect(new Set(links)).toEqual(new Set(byDocs.keys()));
  });

  it("problem+json type of each code's example lands on its section", async () => {
    const pkg = await builtPackage(api);
    const withExample = api.codes.filter((c) => c.example !== undefined);
    const problems: string[] = [];
    let checked = 0;
    for (const c of withExample) {
      for (const entry of pkg.parseResponse(c.example, { status: c.httpStatus }).entries) {
        if (!entry.known) continue;
        const type = pkg.toProblemDetails(entry).type;
        const code = byDocs.get(type);
        if (code === undefined || code.code !== pkg.lookup(entry.code)?.code) problems.push(`${c.code}: type ${type} is not ${String(entry.code)}'s docs URL`);
        else {
          const problem = problemOf(type, code);
          if (problem !== undefined) problems.push(problem);
          checked++;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(withExample.length);
  });

  it('every README link into the site lands on its code, and the table links every code', () => {
    const readme = readFileSync(join(ROOT, 'generated', api.id, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((l) => l.startsWith(site.url));
    const codeLinks = links.filter((l) => new URL(l).hash !== '');
    const problems = codeLinks.flatMap((link) => {
      const code = byDocs.get(link);
      return code === undefined ? [`${link} is no code's docs URL`] : [problemOf(link, code)].filter((p) => p !== undefined);
    });
    expect(problems).toEqual([]);
    expect(new Set(codeLinks)).toEqual(new Set(byDocs.keys()));
    // The README's link to the API's overview on the site.
    for (const l of links.filter((l) => new URL(l).hash === '')) expect(distFile(new URL(l).pathname, base), l).toBeDefined();
  });
});

it('the site has one section per code of every catalog, and no other', () => {
  const sections = new Map<string, number>();
  for (const f of readdirSync(SITE_DIST, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.html')) continue;
    for (const m of html(join(SITE_DIST, f)).matchAll(/<h2 id="([^"]+)"[^>]*><code>/g)) {
      const key = `${f.split('\\').join('/')}#${m[1]}`;
      sections.set(key, (sections.get(key) ?? 0) + 1);
    }
  }
  const expected = models.flatMap((api) => api.codes.map((c) => `${api.id}/${c.docsPage}.html#${c.anchor}`));
  expect(expected.length).toBe(models.reduce((n, api) => n + api.codes.length, 0));
  expect([...sections.keys()].sort()).toEqual([...expected].sort());
  expect([...sections.values()].every((n) => n === 1)).toBe(true);
});
