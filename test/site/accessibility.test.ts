/**
 * The docs site for readers with assistive technology and low vision:
 * - text is readable: axe-core's color-contrast rule (WCAG 2 AA, 4.5:1 for body text) finds
 *   nothing on the home page, each API page and the first page of each API's codes, in the light
 *   and the dark scheme. The default code themes failed it on every code page (keywords at 4.2:1,
 *   comments at 3.8:1, the language label at 2.9:1); site/.vitepress/config.mts and
 *   theme/errcat.css set the ones that pass;
 * - a code's parts (Message, Description, …, Handle it in TypeScript) are headings one level under
 *   the code's, so a screen reader's heading list reaches them (they were bold paragraphs).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sitePath } from '../../codegen/src/site-config.js';
import { catalogModels, siteConfig, siteInBrowser, type SiteInBrowser } from './built-site.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const base = sitePath(siteConfig().url);
const pages = ['', ...catalogModels().flatMap((api) => [`${api.id}/`, `${api.id}/${api.codes[0]?.docsPage ?? ''}.html`])];
let site: SiteInBrowser;

beforeAll(async () => {
  site = await siteInBrowser(base);
});

afterAll(async () => {
  await site?.close();
});

it.each(['light', 'dark'] as const)('no text below WCAG AA contrast, in the %s scheme', async (scheme) => {
  const page = await site.browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  // VitePress keeps the reader's choice here; set, the page starts in that scheme.
  await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme);
  const failing: string[] = [];
  for (const path of pages) {
    await page.goto(`${site.origin}${base}${path}`, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`));
    });
    failing.push(...found.map((f) => `/${path} ${f}`));
  }
  await page.close();
  expect(failing.slice(0, 10)).toEqual([]);
});

it("a code's parts are level-3 headings under its level-2 heading, for screen readers' heading lists", async () => {
  const api = catalogModels()[0];
  const code = api?.codes[0];
  if (api === undefined || code === undefined) throw new Error('no catalog');
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${base}${api.id}/${code.docsPage}.html`, { waitUntil: 'networkidle' });
  const section = page.locator(`h2[id="${code.anchor}"]`);
  await expect(section.count()).resolves.toBe(1);
  const parts = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  for (const part of ['Message', 'Description', 'Handle it in TypeScript']) expect(parts).toContain(part);
  await page.close();
});
