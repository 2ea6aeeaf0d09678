/**
 * The built docs site in a real browser: Debian's Chromium (/usr/bin/chromium, or ERRCAT_CHROMIUM)
 * driven by playwright-core (no browser download), the site served from 127.0.0.1 on a free port.
 * Checked for every catalog in catalog/: the home page, every API page and every group page load
 * with no console errors or failed requests; every code's section is on its page; a code's docs
 * URL opens scrolled to its section; search finds a code and a fragment of a message; navigation
 * links work. A screenshot of each API page goes to test-results/site/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, CodeModel } from '../../codegen/src/model.js';
import { sitePath } from '../../codegen/src/site-config.js';
import { ROOT } from '../helpers/generate.js';
import { catalogModels, siteConfig, siteInBrowser, type SiteInBrowser } from './built-site.js';

const SHOTS = join(ROOT, 'test-results', 'site');

const models: ApiModel[] = catalogModels();
const site = siteConfig();
const base = sitePath(site.url);
let browser: Browser;
let served: SiteInBrowser | undefined;

beforeAll(async () => {
  served = await siteInBrowser(base);
  browser = served.browser;
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await served?.close();
});

/** A site URL (as the packages emit it) on the local server. */
const local = (url: string): string => `${served?.origin}${new URL(url).pathname}${new URL(url).hash}`;
const sitePage = (path: string): string => `${served?.origin}${base}${path}`;

/** A new page that records console errors, uncaught exceptions and failed requests. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  // Aborted requests are the router's prefetches cut short by the next navigation, not failures.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

/** Loads a URL and waits until Vue has hydrated the page (the theme's layout is interactive then). */
async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__ !== undefined);
}

describe('pages', () => {
  it('the home page lists every API with its code count', async () => {
    const { page, errors } = await openPage();
    await load(page, sitePage(''));
    for (const api of models) {
      const row = page.locator('.vp-doc table tr', { has: page.getByRole('link', { name: api.title, exact: true }) });
      await expect(row.count()).resolves.toBe(1);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells).toContain(String(api.codes.length));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(models.map((m) => [m.id, m] as const))('%s: the API page and every group page render, with every code section', async (id, api) => {
    const { page, errors } = await openPage();
    await load(page, sitePage(`${id}/`));
    await expect(page.locator('h1').innerText()).resolves.toContain(api.title);
    await expect(page.locator('.vp-doc').innerText()).resolves.toContain(`npm install ${api.packageName}`);
    await page.screenshot({ path: join(SHOTS, `${id}.png`), fullPage: true });
    const pages = new Map<string, CodeModel[]>();
    for (const c of api.codes) pages.set(c.docsPage, [...(pages.get(c.docsPage) ?? []), c]);
    for (const [stem, codes] of pages) {
      await load(page, sitePage(`${id}/${stem}.html`));
      const ids = await page.locator('.vp-doc h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids, `${id}/${stem}`).toEqual(codes.map((c) => c.anchor));
      for (const c of codes) await expect(page.locator(`[id="${c.anchor}"]`).innerText()).resolves.toContain(String(c.code));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a code's docs URL opens with its section in view", async () => {
    const { page, errors } = await openPage();
    // The last code of each API: the farthest down its page.
    for (const api of models) {
      const c = api.codes.at(-1) as CodeModel;
      await load(page, local(c.docsUrl));
      const heading = page.locator(`[id="${c.anchor}"]`);
      await heading.waitFor();
      await expect(heading.isVisible()).resolves.toBe(true);
      try {
        // Below the nav bar, not only on screen: a heading at the top of the viewport is under it.
        await page.waitForFunction((anchor) => {
          const box = document.getElementById(anchor)?.getBoundingClientRect();
          const nav = document.querySelector('.VPNav')?.getBoundingClientRect().height ?? 0;
          return box !== undefined && box.top >= nav && box.top < window.innerHeight;
        }, c.anchor);
      } catch (error) {
        // Say where the page stood: the browser's own fragment scroll and VitePress's offset
        // scroll used to race (errcat.css), which showed as a heading ~0 px from the top.
        const where = await page.evaluate((anchor) => ({
          top: document.getElementById(anchor)?.getBoundingClientRect().top,
          scrollY: window.scrollY,
          height: document.documentElement.scrollHeight,
          readyState: document.readyState,
          fonts: document.fonts.status,
          url: location.href,
        }), c.anchor);
        await page.screenshot({ path: join(SHOTS, `off-screen-${api.id}.png`) });
        throw new Error(`${api.id} ${String(c.code)}: section not in view after 30 s: ${JSON.stringify(where)} (${String(error)})`);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search lands on the section', () => {
  it("a code chosen in search, from another page, ends with its section at the top (the page's fonts do not push it away)", async () => {
    // The largest group page, and a code near its end: everything above it must have its final
    // layout (fonts loaded) when the router scrolls, or the heading ends up far from the top.
    const pages = models.flatMap((api) => [...new Set(api.codes.map((c) => c.docsPage))].map((p) => ({ api, codes: api.codes.filter((c) => c.docsPage === p) })));
    const largest = pages.reduce((a, b) => (b.codes.length > a.codes.length ? b : a));
    const code = largest.codes.at(-1) as CodeModel;
    const target = `${base}${largest.api.id}/${code.docsPage}.html#${code.anchor}`;
    const { page, errors } = await openPage();
    await load(page, sitePage(''));
    await page.locator('#local-search button').first().click();
    await page.locator('.VPLocalSearchBox input').fill(String(code.code));
    const result = page.locator(`.VPLocalSearchBox a.result[href="${target}"]`).first();
    await result.waitFor();
    await result.click();
    await page.waitForFunction((hash) => location.hash === hash, `#${code.anchor}`);
    // Let late fonts and images settle, then read where the heading is.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const top = await page.evaluate((anchor) => document.getElementById(anchor)?.getBoundingClientRect().top, code.anchor);
    expect(top, `${target}: heading top`).toBeGreaterThanOrEqual(0);
    expect(top, `${target}: heading top`).toBeLessThan(250);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Opens the local search box, types the query, returns the results' links. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#local-search button').first().click();
  const input = page.locator('.VPLocalSearchBox input');
  await input.fill(query);
  // Results come after a debounce; wait until they match this query.
  await page.waitForFunction(() => document.querySelectorAll('.VPLocalSearchBox .result').length > 0);
  const hrefs = await page.locator('.VPLocalSearchBox a.result').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await page.keyboard.press('Escape');
  return hrefs.map((h) => decodeURIComponent(new URL(h).pathname + new URL(h).hash));
}

/** The code whose message has the three-word fragment shared by the fewest other codes of its API, with that fragment. */
function distinctiveFragment(api: ApiModel): { code: CodeModel; fragment: string } | undefined {
  let best: { code: CodeModel; fragment: string; shared: number } | undefined;
  for (const c of api.codes) {
    const words = (c.messageLiterals.reduce((a, b) => (b.length > a.length ? b : a), '').match(/[A-Za-z]{3,}/g) ?? []) as string[];
    for (let i = 0; i + 3 <= words.length; i++) {
      const fragment = words.slice(i, i + 3).join(' ');
      const pattern = new RegExp(words.slice(i, i + 3).join('\\W+'), 'i');
      if (!pattern.test(c.message ?? '')) continue;
      const shared = api.codes.filter((o) => pattern.test(o.message ?? '')).length;
      if (best === undefined || shared < best.shared) best = { code: c, fragment, shared };
    }
  }
  return best;
}

describe('search', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage());
    await load(page, sitePage(''));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(models.map((m) => [m.id, m] as const))('%s: finds a code, its name, and a fragment of a message', async (id, api) => {
    const target = (c: CodeModel): string => `${base}${id}/${c.docsPage}.html#${c.anchor}`;
    const code = api.codes[Math.floor(api.codes.length / 2)] as CodeModel;
    expect(await search(page, String(code.code)), `search "${code.code}"`).toContain(target(code));
    if (code.name !== String(code.code)) expect(await search(page, code.name), `search "${code.name}"`).toContain(target(code));
    const message = distinctiveFragment(api);
    if (message !== undefined) expect(await search(page, message.fragment), `search "${message.fragment}"`).toContain(target(message.code));
  });
});

describe('messages as sent', () => {
  it('keeps runs of spaces in a message (Vue would condense them)', async () => {
    const spaced = models.flatMap((api) => api.codes.filter((c) => c.params.length === 0 && /\S {2,}\S/.test(c.message ?? '')).map((c) => ({ api, c })));
    expect(spaced.length).toBeGreaterThan(0);
    const { page, errors } = await openPage();
    for (const { api, c } of spaced) {
      await load(page, sitePage(`${api.id}/${c.docsPage}.html#${c.anchor}`));
      // The section's first message block: its text as the browser holds it after hydration.
      const text = await page.evaluate((anchor) => {
        let el = document.getElementById(anchor)?.nextElementSibling;
        while (el && !el.querySelector('.errcat-message') && !el.classList.contains('errcat-message')) el = el.nextElementSibling;
        return (el?.classList.contains('errcat-message') ? el : el?.querySelector('.errcat-message'))?.textContent;
      }, c.anchor);
      expect(text, `${api.id} ${String(c.code)}`).toBe(c.message);
      // The block's own style (errcat.css), not the theme's inline-code one: text colour, block padding.
      const style = await page.evaluate((anchor) => {
        const code = document.getElementById(anchor)?.parentElement?.querySelector(`[id="${anchor}"] ~ .errcat-message > code`) as HTMLElement | null;
        if (!code) return undefined;
        const s = getComputedStyle(code);
        return { padding: s.padding, display: s.display, color: s.color === getComputedStyle(document.body).color };
      }, c.anchor);
      expect(style, `${api.id} ${String(c.code)} message style`).toEqual({ padding: '12px 16px', display: 'block', color: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search by alias', () => {
  it("every alias a catalog lists finds its code's section first", async () => {
    const { page, errors } = await openPage();
    await load(page, sitePage(''));
    const misses: string[] = [];
    for (const api of models)
      for (const c of api.codes)
        for (const alias of c.aliases) {
          const first = (await search(page, String(alias)))[0];
          const target = `${base}${api.id}/${c.docsPage}.html#${c.anchor}`;
          if (first !== target) misses.push(`${String(alias)}: ${first ?? 'nothing'} (want ${target})`);
        }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search by a short number', () => {
  it('a code of one or two digits (Hyper\'s 0–50) is among the first three results for its number, ahead of longer numbers that start with it', async () => {
    const { page, errors } = await openPage();
    await load(page, sitePage(''));
    const misses: string[] = [];
    for (const api of models)
      for (const c of api.codes) {
        if (typeof c.code !== 'number' || c.code > 99) continue;
        const results = (await search(page, String(c.code))).slice(0, 3);
        const target = `${base}${api.id}/${c.docsPage}.html#${c.anchor}`;
        if (!results.includes(target)) misses.push(`${String(c.code)}: ${results.join(', ')} (want ${target})`);
      }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('navigation', () => {
  it('home → API page → a code in its table → the sidebar → back home', async () => {
    const { page, errors } = await openPage();
    const api = models[0] as ApiModel;
    const code = api.codes[0] as CodeModel;
    await load(page, sitePage(''));
    await page.locator('.vp-doc').getByRole('link', { name: api.title, exact: true }).click();
    await page.waitForURL(`**${base}${api.id}/`);
    // The router changes the URL first, then the content.
    await page.locator('h1', { hasText: api.title }).waitFor();
    await page.locator(`.vp-doc a[href$="${code.docsPage}.html#${code.anchor}"]`).first().click();
    await page.waitForURL(`**${base}${api.id}/${code.docsPage}.html#${code.anchor}`);
    await page.locator(`[id="${code.anchor}"]`).waitFor({ state: 'visible' });
    const overview = page.locator('.VPSidebar a', { hasText: 'Overview' });
    await overview.click();
    await page.waitForURL(`**${base}${api.id}/`);
    await page.locator('.VPNavBarTitle a').click();
    await page.waitForURL(`**${base}`);
    await page.locator('h1', { hasText: site.title }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
