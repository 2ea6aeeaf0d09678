/**
 * Link integrity of the package's Markdown docs (one page per group, a section per code; the docs
 * site has the same pages and anchors, checked on the built site by test/site/links.test.ts):
 * - every code's docs URL, as lookup() builds it (so the runtime's default and a row's `page`
 *   extra are both covered), is `<docsBaseUrl><page>.html#<anchor>`, and the package page
 *   `docs/codes/<page>.md` has exactly one element with that anchor as id, right before the
 *   code's own heading;
 * - the README's code table links every code's docs URL; the index (docs/README.md) links every
 *   code's section and every page;
 * - every section of a page is a code that links there; no heading slug (the id GitHub gives a
 *   heading) repeats a code's anchor anywhere but on that code's own heading.
 * Run over the generated packages (built, read from disk) and over fixture and synthetic catalogs
 * generated in memory, including names that equal the pages' fixed headings (MESSAGE, FIX…).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { syntheticCatalog } from '../bench/synthetic-catalog.js';
import type { CodeEntry } from '../codegen/src/catalog.types.js';
import { emitDocs } from '../codegen/src/emit/docs.js';
import { emitEntries } from '../codegen/src/emit/entries.js';
import type { ApiModel } from '../codegen/src/model.js';
import { headingSlug, SECTION_HEADING_SLUGS } from '../codegen/src/names.js';
import { loadAndValidate } from '../codegen/src/pipeline.js';
import { importBundled, writeScratch } from './helpers/compile.js';
import { ROOT } from './helpers/generate.js';

const md = new MarkdownIt({ html: true });
type Token = ReturnType<MarkdownIt['parse']>[number];

interface Subject {
  readonly docsBaseUrl: string;
  /** Package-relative path → text: README.md and every docs/codes/ page. */
  readonly files: ReadonlyMap<string, string>;
  readonly codes: ReadonlyArray<{ readonly code: string | number; readonly name: string; readonly docs: string }>;
}

/** A heading's text as a reader sees it (what GitHub slugs): the inline content, markup resolved. */
function inlineText(inline: Token | undefined): string {
  return (inline?.children ?? []).map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' ? ' ' : '')).join('');
}

interface Section {
  readonly anchor: string;
  /** Text of the heading that follows the anchor. */
  readonly heading: string;
}

interface ParsedPage {
  readonly sections: Section[];
  /** How many elements of the rendered page carry each id. */
  readonly ids: Map<string, number>;
  /** Headings other than the code sections' `##`: level and text. */
  readonly otherHeadings: Array<{ level: string; text: string }>;
  /** GitHub's slugs of all headings (repeats numbered), each with the anchor of the section whose heading it is, if any. */
  readonly slugs: Array<{ slug: string; ownAnchor: string | undefined }>;
}

function parsePage(text: string): ParsedPage {
  const tokens = md.parse(text, {});
  const ids = new Map<string, number>();
  for (const m of md.render(text).matchAll(/\sid="([^"]*)"/g)) ids.set(m[1] as string, (ids.get(m[1] as string) ?? 0) + 1);
  const sections: Section[] = [];
  const otherHeadings: ParsedPage['otherHeadings'] = [];
  const slugs: ParsedPage['slugs'] = [];
  const seen = new Map<string, number>();
  let pendingAnchor: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'inline') {
      const only = /^<a id="([^"]*)"><\/a>$/.exec(t.content);
      if (only) pendingAnchor = only[1];
      continue;
    }
    if (t.type !== 'heading_open') {
      if (t.type !== 'paragraph_open' && t.type !== 'paragraph_close') pendingAnchor = undefined;
      continue;
    }
    const text = inlineText(tokens[i + 1]);
    const own = t.tag === 'h2' ? pendingAnchor : undefined;
    if (own !== undefined) sections.push({ anchor: own, heading: text });
    else otherHeadings.push({ level: t.tag, text });
    pendingAnchor = undefined;
    // github-slugger numbers repeats: message, message-1, message-2…
    const base = headingSlug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    slugs.push({ slug: n === 0 ? base : `${base}-${n}`, ownAnchor: own });
  }
  return { sections, ids, otherHeadings, slugs };
}

const squash = (s: string): string => s.replace(/[\s\u2028\u2029]+/g, ' ').trim();

/** Every broken link or section, as readable lines (empty when the docs are sound). */
function docsProblems({ docsBaseUrl, files, codes }: Subject): string[] {
  const problems: string[] = [];
  const pages = new Map<string, ParsedPage>();
  for (const [path, text] of files) if (path.startsWith('docs/codes/')) pages.set(path, parsePage(text));

  /** Resolves `docs/codes/<page>.md#<anchor>`; returns a problem or undefined. */
  const resolve = (link: string, from: string): string | undefined => {
    const [pathPart = '', anchor] = link.split('#');
    const path = decodeURIComponent(pathPart);
    const page = pages.get(path);
    if (page === undefined) return `${from}: ${link} names no page (have ${[...pages.keys()].join(', ')})`;
    if (anchor === undefined) return undefined;
    const count = page.ids.get(anchor) ?? 0;
    return count === 1 ? undefined : `${from}: ${link}: ${count} elements with id "${anchor}", want 1`;
  };

  const linkedFrom = new Map<string, Array<string | number>>();
  const packageLinks = new Map<string | number, string>();
  for (const c of codes) {
    const match = /^([^#]*)\.html#(.*)$/.exec(c.docs.slice(docsBaseUrl.length));
    if (!c.docs.startsWith(docsBaseUrl) || match === null) {
      problems.push(`${c.code}: docs ${c.docs} is not <page>.html#<anchor> under ${docsBaseUrl}`);
      continue;
    }
    // The site's page and anchor are the package page's: docs/codes/<page>.md#<anchor>.
    const link = `docs/codes/${match[1]}.md#${match[2]}`;
    packageLinks.set(c.code, link);
    const problem = resolve(link, `${c.code} docs`);
    if (problem !== undefined) {
      problems.push(problem);
      continue;
    }
    const [pathPart = '', anchor = ''] = link.split('#');
    const path = decodeURIComponent(pathPart);
    linkedFrom.set(path, [...(linkedFrom.get(path) ?? []), c.code]);
    const section = pages.get(path)?.sections.find((s) => s.anchor === anchor);
    const want = String(c.code) === c.name ? String(c.code) : `${String(c.code)} — ${c.name}`;
    if (section === undefined) problems.push(`${c.code}: ${link}: the anchor is not right before a ## heading`);
    else if (squash(section.heading) !== squash(want)) problems.push(`${c.code}: ${link}: heading "${section.heading}", want "${want}"`);
  }

  for (const [path, page] of pages) {
    const linked = linkedFrom.get(path) ?? [];
    if (page.sections.length !== linked.length)
      problems.push(`${path}: ${page.sections.length} code sections, but ${linked.length} codes link to it`);
    const anchors = new Set(page.sections.map((s) => s.anchor));
    for (const { slug, ownAnchor } of page.slugs)
      if (anchors.has(slug) && slug !== ownAnchor) problems.push(`${path}: heading slug "${slug}" is also a code's anchor`);
    // Fixed headings of a code section must be known to the model, which keeps anchors off their slugs.
    for (const h of page.otherHeadings)
      if (h.level === 'h3' && !SECTION_HEADING_SLUGS.has(headingSlug(h.text)))
        problems.push(`${path}: heading "### ${h.text}" has a slug that is not in SECTION_HEADING_SLUGS (names.ts)`);
  }

  const hrefsOf = (text: string): string[] =>
    md
      .parse(text, {})
      .flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'link_open')
      .map((t) => t.attrGet('href') ?? '');

  const readme = files.get('README.md');
  if (readme === undefined) problems.push('no README.md');
  else {
    const hrefs = hrefsOf(readme);
    const docsUrls = new Set(codes.map((c) => c.docs));
    for (const href of hrefs) if (href.startsWith(docsBaseUrl) && href.includes('#') && !docsUrls.has(href)) problems.push(`README: ${href} is no code's docs URL`);
    for (const c of codes) if (!hrefs.includes(c.docs)) problems.push(`README links no section of ${c.code}`);
    for (const href of hrefs.filter((h) => h.startsWith('docs/'))) if (!files.has(href.split('#')[0] as string)) problems.push(`README: ${href} names no file`);
  }

  const index = files.get('docs/README.md');
  if (index === undefined) problems.push('no docs/README.md');
  else {
    const hrefs = hrefsOf(index).filter((h) => h.startsWith('codes/')).map((h) => `docs/${h}`);
    for (const href of hrefs) {
      const problem = resolve(href, 'docs/README.md');
      if (problem !== undefined) problems.push(problem);
    }
    for (const [code, link] of packageLinks) if (!hrefs.includes(link)) problems.push(`docs/README.md links no section of ${code}`);
    for (const path of pages.keys()) if (!hrefs.includes(path)) problems.push(`docs/README.md links no ${path}`);
  }
  return problems;
}

describe('headingSlug', () => {
  it('gives the ids GitHub gives these headings', () => {
    expect(headingSlug('9350 — CUSTOM_API_NOT_FOUND')).toBe('9350--custom_api_not_found');
    expect(headingSlug('Example body')).toBe('example-body');
    expect(headingSlug('400 Bad Request')).toBe('400-bad-request');
    expect(headingSlug('All | the */ codes')).toBe('all--the--codes');
    expect(headingSlug('Success')).toBe('success');
  });
});

describe('generated packages', () => {
  const result = loadAndValidate({ root: ROOT });
  if (!result.ok) throw new Error('the catalogs must be valid');
  const models = result.apis.map((a) => a.model);

  it.each(models.map((m) => [m.id, m] as const))('%s: docs links, README links and sections agree', async (id, model) => {
    const dir = join(ROOT, 'generated', id);
    const { lookup } = (await import(pathToFileURL(join(dir, 'dist/esm/index.js')).href)) as { lookup: (code: unknown) => { docs: string } };
    const files = new Map<string, string>([
      ['README.md', readFileSync(join(dir, 'README.md'), 'utf8')],
      ['docs/README.md', readFileSync(join(dir, 'docs/README.md'), 'utf8')],
    ]);
    for (const name of readdirSync(join(dir, 'docs/codes'))) files.set(`docs/codes/${name}`, readFileSync(join(dir, 'docs/codes', name), 'utf8'));
    const codes = model.codes.map((c) => ({ code: c.code, name: c.name, docs: lookup(c.code).docs }));
    expect(docsProblems({ docsBaseUrl: model.docsBaseUrl, files, codes })).toEqual([]);
    // One page per group: far fewer files than codes.
    expect(files.size - 2).toBeLessThan(codes.length);
  });
});

describe('catalogs generated in memory', () => {
  const work = mkdtempSync(join(tmpdir(), 'errcat-docs-links-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A synthetic catalog whose names include the slugs of a page's fixed headings and of a group title. */
  function headingNamedCatalog(): string {
    const catalog = syntheticCatalog({ codes: 300, codeType: 'integer', id: 'docs-links' });
    const codes = catalog.codes as CodeEntry[];
    const renames = ['MESSAGE', 'DESCRIPTION', 'CAUSE', 'FIX', 'PARAMETERS', 'DETAILS', 'Message_Text'];
    renames.forEach((name, i) => Object.assign(codes[i * 7] as CodeEntry, { name }));
    // Group "forbidden" is titled "Forbidden": its h1's slug is "forbidden".
    Object.assign(codes.slice(renames.length * 7).find((c) => c.group === 'forbidden') as CodeEntry, { name: 'FORBIDDEN' });
    const path = join(work, 'docs-links.json');
    writeFileSync(path, JSON.stringify(catalog));
    return path;
  }

  const catalogs = [
    ['mini', join(ROOT, 'test/fixtures/mini/mini.json')],
    ['hostile', join(ROOT, 'test/fixtures/hostile/hostile.json')],
    ['acme-billing', join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json')],
    ['synthetic with heading names', headingNamedCatalog()],
  ] as const;

  it.each(catalogs)('%s: docs links, README links and sections agree', async (label, file) => {
    const result = loadAndValidate({ root: ROOT, catalogFiles: [file], outDir: join(work, 'out') });
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer} ${p.message}`).join('\n'));
    const model = (result.apis[0] as { model: ApiModel }).model;
    // The runtime's view of each link: lookup() of the emitted entry table, bundled with the runtime source.
    const dir = writeScratch([emitEntries(model)], `docs-links-${model.id}`);
    const { lookup } = await importBundled<{ lookup: (code: unknown) => { docs: string } }>(join(dir, 'src/entries.ts'));
    const codes = model.codes.map((c) => ({ code: c.code, name: c.name, docs: lookup(c.code).docs }));
    for (const c of model.codes) expect(lookup(c.code).docs, `${label} ${c.code}`).toBe(c.docsUrl);
    const files = new Map(emitDocs(model).map((f) => [f.path, f.contents]));
    expect(docsProblems({ docsBaseUrl: model.docsBaseUrl, files, codes })).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves anchors off heading slugs, and only those', () => {
    const result = loadAndValidate({ root: ROOT, catalogFiles: [catalogs[3][1]], outDir: join(work, 'out') });
    if (!result.ok) throw new Error('synthetic catalog must be valid');
    const model = (result.apis[0] as { model: ApiModel }).model;
    const anchorOf = (name: string) => model.codes.find((c) => c.name === name)?.anchor;
    for (const name of ['MESSAGE', 'DESCRIPTION', 'CAUSE', 'FIX', 'PARAMETERS', 'DETAILS', 'FORBIDDEN']) expect(anchorOf(name)).toBe(`code-${name.toLowerCase()}`);
    expect(anchorOf('Message_Text')).toBe('message_text');
    const moved = model.codes.filter((c) => c.anchor !== c.name.toLowerCase());
    expect(moved).toHaveLength(7);
    // Only moved anchors cost a `page` in the entry row; the rest take the runtime's default.
    expect(emitEntries(model).contents.match(/page: "/g)).toHaveLength(7);
  });

  it('moves an anchor off the site layout\'s ids (a code named APP)', () => {
    const catalog = syntheticCatalog({ codes: 20, codeType: 'integer', id: 'docs-links-app' });
    Object.assign(catalog.codes[3] as CodeEntry, { name: 'APP' });
    const path = join(work, 'docs-links-app.json');
    writeFileSync(path, JSON.stringify(catalog));
    const result = loadAndValidate({ root: ROOT, catalogFiles: [path], outDir: join(work, 'out') });
    if (!result.ok) throw new Error('synthetic catalog must be valid');
    const model = (result.apis[0] as { model: ApiModel }).model;
    expect(model.codes.find((c) => c.name === 'APP')?.anchor).toBe('code-app');
  });
});
