/**
 * The docs site's emitter, settings and command: pages and data from any catalog, deterministic,
 * catalog text kept inside each page's v-pre container (Vue never reads it as template syntax)
 * and off container markers; site/site.json read once with clear problems; `errcat site` writing
 * site/pages/ through write.ts, and refusing a catalog whose docs links would leave the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitSite } from '../src/emit/site.js';
import { htmlText, messageHtml, siteBlock } from '../src/emit/site-code.js';
import type { ApiModel, CodeModel } from '../src/model.js';
import { loadAndValidate } from '../src/pipeline.js';
import { readSiteConfig, siteDocsBaseUrl, sitePath, type SiteConfig } from '../src/site-config.js';
import { applyPlan, listOwnedFiles, planWrite } from '../src/write.js';
import { ROOT } from '../../test/helpers/generate.js';
import { errcatAsync, FAULT_PRELOAD, snapshot } from './helpers/fixture-root.js';

const SITE: SiteConfig = { url: 'https://docs.example/errcat/', title: 'errcat reference', repository: 'https://github.com/errcat/errcat' };
const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-site-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function model(file: string): ApiModel {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, file)], outDir: join(ROOT, '.errcat-none') });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return (result.apis[0] as { model: ApiModel }).model;
}

let mini: ApiModel;
let hostile: ApiModel;
beforeAll(() => {
  mini = model('test/fixtures/mini/mini.json');
  hostile = model('test/fixtures/hostile/hostile.json');
});

/** A code section's part heading: a paragraph screen readers list as a level-3 heading, kept out of the outline and search sections. */
const subhead = (title: string): string => `<p class="errcat-subhead" role="heading" aria-level="3"><strong>${title}</strong></p>`;

/** The lines of a page outside its `:::: v-pre` container (which must open first and close last). */
function outsideVPre(text: string): string[] {
  const lines = text.split('\n');
  const open = lines.indexOf(':::: v-pre');
  const close = lines.lastIndexOf('::::');
  return [...lines.slice(0, open), ...lines.slice(close + 1)].filter((l) => l !== '');
}

describe('emitSite', () => {
  it('gives a parameter table an Example column only where a parameter has an example', () => {
    const demo = model('test/fixtures/variants/variant-demo.json');
    const text = (api: ApiModel) => emitSite([api], SITE).filter((f) => f.path.startsWith(`${api.id}/`) && f.path !== `${api.id}/index.md`).map((f) => String(f.contents)).join('\n');
    expect(text(demo)).toContain('| # | Parameter | Description | Example |');
    expect(text(demo)).toContain('`client_id` |');
    const plain = text(mini);
    expect(plain).toContain('| # | Parameter | Description |\n|---|---|---|\n');
    expect(plain).not.toContain('| Example |');
  });

  it('emits the home page, an overview per API, a page per group and the data the VitePress config reads', () => {
    const files = emitSite([mini, hostile], SITE);
    const groups = (api: ApiModel) => [...new Set(api.codes.map((c) => c.docsPage))].map((p) => `${api.id}/${p}.md`);
    const sorted = (paths: string[]) => paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(files.map((f) => f.path)).toEqual(sorted(['errcat-site.json', 'index.md', 'hostile/index.md', ...groups(hostile), 'mini/index.md', ...groups(mini)]));
    const data = JSON.parse(files[0]?.contents ?? '{}');
    expect(data).toMatchObject({ title: SITE.title, url: SITE.url, base: '/errcat/', repository: SITE.repository });
    expect(data.apis.map((a: { id: string; codes: number }) => [a.id, a.codes])).toEqual([
      ['hostile', hostile.codes.length],
      ['mini', mini.codes.length],
    ]);
    const home = files.find((f) => f.path === 'index.md')?.contents ?? '';
    expect(home).toContain(`| [Mini API](./mini/index.md) | \`@errcat/mini\` | ${mini.codes.length} |`);
  });

  it('is deterministic and leaves its input alone', () => {
    const before = JSON.stringify(mini);
    expect(emitSite([mini, hostile], SITE)).toEqual(emitSite([hostile, mini], SITE));
    expect(JSON.stringify(mini)).toBe(before);
  });

  it('gives each code one section whose heading carries its anchor, with every part the issue lists', () => {
    const page = emitSite([mini], SITE).find((f) => f.path === 'mini/main.md')?.contents ?? '';
    for (const c of mini.codes) expect(page.split(`{#${c.anchor}}\n`).length - 1, String(c.code)).toBe(1);
    const missing = page.slice(page.indexOf('{#missing_field}'));
    for (const part of ['**HTTP status:**', '**Kind:**', '**Retry:**', '**Aliases:**', '**Vendor page:**', ...['Message', 'Description', 'Fix', 'Handle it in TypeScript'].map(subhead)])
      expect(missing, part).toContain(part);
    expect(missing).toContain('<span class="errcat-param" title="The field.">{field}</span>');
  });

  it('keeps every page inside its v-pre container, whatever the catalog says', () => {
    for (const f of emitSite([hostile, mini], SITE)) {
      if (!f.path.endsWith('.md')) continue;
      // A frontmatter block first, where a page has one: each value a JSON string (which YAML reads as is).
      const front = /^---\n((?:[a-z]+: .*\n)*)---\n/.exec(f.contents);
      for (const line of front?.[1]?.split('\n').filter(Boolean) ?? []) expect(typeof JSON.parse(line.slice(line.indexOf(': ') + 2)), `${f.path}: ${line}`).toBe('string');
      const page = f.contents.slice(front?.[0].length ?? 0);
      expect(page.startsWith(':::: v-pre\n'), f.path).toBe(true);
      expect(outsideVPre(page), f.path).toEqual([]);
      // No catalog text makes a line that closes the container early.
      expect(page.split('\n').filter((l) => /^ {0,3}::::/.test(l)), f.path).toEqual([':::: v-pre', '::::']);
    }
  });

  it('titles each group page with its API (several APIs have a "400 Bad Request" page), in frontmatter YAML reads back', () => {
    const group = emitSite([hostile], SITE).find((f) => f.path.startsWith('hostile/') && !f.path.endsWith('index.md'));
    const title = /^title: (.*)$/m.exec(group?.contents ?? '')?.[1];
    expect(JSON.parse(title ?? '""')).toBe(`${hostile.groups[0]?.title} · ${hostile.title}`);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...':{}<>&"\'`|*#\n -'.split('')) }).filter((s) => s.trim() !== '')], { numRuns: 200 })(
    'turns any description into text no container marker or tag can come from',
    (text) => {
      const block = siteBlock(text);
      expect(block.split('\n').some((l) => /^ {0,3}:/.test(l))).toBe(false);
      const html = new MarkdownIt({ html: true }).render(block);
      expect(html.replace(/<\/?(p|em|strong|code|br|h[1-6]|hr|ul|ol|li|blockquote|pre)>/g, '')).not.toMatch(/<[a-z]/i);
    },
  );

  it('writes a message template as one line of HTML, parameters highlighted and text escaped', () => {
    const c = { message: 'a <b> & "c"\n%s', messageLiterals: ['a <b> & "c"\n', ''], params: [{ name: 'x', description: 'the "x"' }] } as unknown as CodeModel;
    expect(messageHtml(c)).toBe(
      '<div class="errcat-message"><code>a &lt;b&gt; &amp; &quot;c&quot;&#10;<span class="errcat-param" title="the &quot;x&quot;">{x}</span></code></div>',
    );
    expect(messageHtml({ message: undefined, messageLiterals: [], params: [] })).toContain('the vendor documents no message');
    expect(htmlText('\u2028')).toBe('&#10;');
  });
});

describe('site settings', () => {
  it('reads site/site.json and derives each API\'s docs base URL from its url', () => {
    const result = readSiteConfig(ROOT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.url.endsWith('/')).toBe(true);
    expect(siteDocsBaseUrl(result.config.url, 'zoho-crm')).toBe(`${result.config.url}zoho-crm/`);
    expect(sitePath('https://errcat.github.io/errcat/')).toBe('/errcat/');
  });

  it.each([
    ['missing', undefined, ''],
    ['not JSON', '{', ''],
    ['a url without the trailing slash', '{"url":"https://x.test/docs","title":"t","repository":"https://x.test/r"}', '/url'],
    ['a relative url', '{"url":"/docs/","title":"t","repository":"https://x.test/r"}', '/url'],
    ['no title', '{"url":"https://x.test/","repository":"https://x.test/r"}', '/title'],
  ])('reports a settings file that is %s as a problem', (_label, text, pointer) => {
    const root = temp();
    if (text !== undefined) {
      mkdirSync(join(root, 'site'));
      writeFileSync(join(root, 'site/site.json'), text);
    }
    const result = readSiteConfig(root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ file: 'site/site.json', rule: 'site-config', pointer });
  });
});

describe('write.ts for site/pages', () => {
  it('owns top-level files only when asked, and removes the ones a run no longer emits', () => {
    const out = join(temp(), 'pages');
    mkdirSync(join(out, 'old'), { recursive: true });
    writeFileSync(join(out, 'stale.md'), 'x');
    writeFileSync(join(out, 'old', 'page.md'), 'x');
    expect(listOwnedFiles(out)).toEqual(['old/page.md']);
    expect(listOwnedFiles(out, undefined, { ownsTopLevelFiles: true })).toEqual(['old/page.md', 'stale.md']);
    const plan = planWrite(out, [{ path: 'index.md', contents: 'home\n' }, { path: 'api/index.md', contents: 'api\n' }], undefined, { ownsTopLevelFiles: true });
    expect(plan.deletes).toEqual(['old/page.md', 'stale.md']);
    applyPlan(plan);
    expect(listOwnedFiles(out, undefined, { ownsTopLevelFiles: true })).toEqual(['api/index.md', 'index.md']);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toBe('home\n');
    expect(existsSync(join(out, 'old'))).toBe(false);
  });
});

describe('errcat site', () => {
  const BIN = join(ROOT, 'codegen/bin/errcat.mjs');
  const repo = (catalog: object): string => {
    const root = temp();
    mkdirSync(join(root, 'catalog'));
    mkdirSync(join(root, 'site'));
    cpSync(join(ROOT, 'catalog/catalog.schema.json'), join(root, 'catalog/catalog.schema.json'));
    cpSync(join(ROOT, 'site/site.json'), join(root, 'site/site.json'));
    writeFileSync(join(root, 'catalog/mini.json'), JSON.stringify(catalog, null, 2));
    return root;
  };
  const fixture = (): { api: Record<string, unknown> } => {
    const catalog = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mini/mini.json'), 'utf8')) as { $schema: string; api: Record<string, unknown> };
    catalog.$schema = './catalog.schema.json';
    return catalog;
  };

  it('emits the pages into site/pages/ of the given root', () => {
    const catalog = fixture();
    delete catalog.api.docsBaseUrl;
    const root = repo(catalog);
    const run = spawnSync(process.execPath, [BIN, 'site', '--root', root, '--no-color'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✔ site: 1 API, 3 codes, 4 files in site\/pages\/: 4 written, 0 removed, 0 unchanged/);
    expect(existsSync(join(root, 'site/pages/mini/main.md'))).toBe(true);
  });

  it('two runs at once (docs:dev beside a build) take turns: the pages end whole, both runs succeed', async () => {
    const catalog = fixture();
    delete catalog.api.docsBaseUrl;
    const root = repo(catalog);
    for (let pair = 0; pair < 4; pair++) {
      rmSync(join(root, 'site/pages'), { recursive: true, force: true });
      const runs = await Promise.all([errcatAsync(root, ['site', '--no-color']), errcatAsync(root, ['site', '--no-color'])]);
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      expect(runs.map((r) => /(\d+) written/.exec(r.stdout)?.[1]).sort()).toEqual(['0', '4']);
      expect(readdirSync(join(root, 'site/pages')).sort()).toEqual(['errcat-site.json', 'index.md', 'mini']);
    }
  }, 60_000);

  it('a run killed mid-swap is finished before the next run plans, so no page keeps the killed run\'s text', async () => {
    const catalog = fixture();
    delete catalog.api.docsBaseUrl;
    const root = repo(catalog);
    expect((await errcatAsync(root, ['site'])).code).toBe(0);
    const v1 = snapshot(join(root, 'site/pages'));
    const title = catalog.api.title as string;
    catalog.api.title = `${title} v2`;
    writeFileSync(join(root, 'catalog/mini.json'), JSON.stringify(catalog, null, 2));
    // Kill the v2 run at each of its file operations until one lands after its commit.
    cpSync(join(root, 'site/pages'), join(root, 'pages-v1'), { recursive: true });
    let committed = false;
    for (let n = 1; n <= 40 && !committed; n++) {
      rmSync(join(root, 'site/pages'), { recursive: true, force: true });
      cpSync(join(root, 'pages-v1'), join(root, 'site/pages'), { recursive: true });
      const killed = await errcatAsync(root, ['site'], { ERRCAT_FAULT_DIR: join(root, 'site/pages'), ERRCAT_FAULT_AT: String(n) }, FAULT_PRELOAD);
      if (killed.signal !== 'SIGKILL') break;
      // Committed, and at least one page already swapped in: the state that left stale pages.
      committed = existsSync(join(root, 'site/pages/.errcat-journal.json')) && !existsSync(join(root, 'site/pages/.errcat-stage/index.md'));
    }
    expect(committed).toBe(true);
    // Back to v1: the next run finishes the killed one first, then plans, and rewrites every v2 page.
    catalog.api.title = title;
    writeFileSync(join(root, 'catalog/mini.json'), JSON.stringify(catalog, null, 2));
    const next = await errcatAsync(root, ['site', '--no-color']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain('errcat: finished an interrupted run in site/pages/');
    expect(snapshot(join(root, 'site/pages'))).toEqual(v1);
  }, 120_000);

  it('refuses a catalog whose docs links would point off the site', () => {
    const root = repo(fixture());
    const run = spawnSync(process.execPath, [BIN, 'site', '--root', root, '--no-color'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('catalog/mini.json:');
    expect(run.stderr).toContain('/api/docsBaseUrl [site-docs-url]');
    expect(run.stderr).toContain('remove api.docsBaseUrl');
    expect(existsSync(join(root, 'site/pages'))).toBe(false);
  });
});
