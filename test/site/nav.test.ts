/**
 * The site's navigation and sidebar (site/.vitepress/nav.mts, from the errcat-site.json the site
 * emitter writes): VitePress renders their `text` as HTML, so catalog titles with markup must
 * reach it escaped, or they would run on every page. Built from the hostile fixture, whose API
 * and group titles hold `<b>`, `*\/`, backticks and `|`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitSite, type SiteData } from '../../codegen/src/emit/site.js';
import type { ApiModel } from '../../codegen/src/model.js';
import { loadAndValidate } from '../../codegen/src/pipeline.js';
import { nav, sidebar } from '../../site/.vitepress/nav.mjs';
import { ROOT } from '../helpers/generate.js';
import { siteConfig } from './built-site.js';

function siteData(): SiteData {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, 'test/fixtures/hostile/hostile.json')], outDir: join(ROOT, '.errcat-none') });
  if (!result.ok) throw new Error('the hostile fixture must be valid');
  const models = result.apis.map((a) => (a as { model: ApiModel }).model);
  const data = emitSite(models, siteConfig()).find((f) => f.path === 'errcat-site.json');
  return JSON.parse(data?.contents ?? '{}') as SiteData;
}

/** The text a browser shows for HTML made of text and entities. */
const shown = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('site navigation', () => {
  it('nav and sidebar carry catalog titles as text, never as markup', () => {
    const site = siteData();
    const api = site.apis[0] as SiteData['apis'][number];
    expect(api.title).toContain('<b>');
    const texts = [nav(site), sidebar(site)];
    const html = JSON.stringify(texts);
    expect(html).not.toMatch(/<b>/);
    // Rendered as HTML, each text shows exactly the catalog's title.
    expect(shown(api.titleHtml)).toBe(api.title);
    expect(nav(site)[0]).toEqual({ text: 'APIs', items: [{ text: `${api.titleHtml} (${api.codes})`, link: api.link }] });
    const group = api.pages[0] as SiteData['apis'][number]['pages'][number];
    expect(group.title).toContain('|');
    expect(sidebar(site)[api.link]).toEqual([
      { text: api.titleHtml, items: [{ text: 'Overview', link: api.link }, ...api.pages.map((p) => ({ text: `${p.titleHtml} (${p.codes})`, link: p.link }))] },
    ]);
  });
});
