// The docs site's VitePress config. Everything it shows comes from the catalogs: `errcat site`
// (codegen/src/emit/site.ts) writes the pages into site/pages/ and errcat-site.json, read here for
// the base path (derived from the url in site/site.json, the one place it is set), the navigation
// and the sidebar. Importing the JSON makes it a dependency of the config: `pnpm docs:dev`
// restarts when it changes.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import site from '../pages/errcat-site.json';
import { nav, sidebar } from './nav.mjs';

export default defineConfig({
  srcDir: 'pages',
  base: site.base,
  title: site.title,
  description: 'Error codes of third-party HTTP APIs: meaning, cause, fix, and typed handling with errcat packages.',
  lang: 'en-US',
  // Pages are <page>.html: the docs links the packages emit name them so, which works on any static host.
  cleanUrls: false,
  // Reproducible output: no git timestamps in the pages.
  lastUpdated: false,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${site.base}favicon.svg` }]],
  // Messages are shown as the vendor sends them (`white-space: pre-wrap`): Vue's default
  // whitespace 'condense' turned "not  shared" (two spaces, as Zoho writes it) into one.
  vue: { template: { compilerOptions: { whitespace: 'preserve' } } },
  // Hand-written assets (the icon) live beside the config, not among the emitted pages.
  vite: { publicDir: fileURLToPath(new URL('../public', import.meta.url)) },
  // VitePress preloads the roman Inter face only. The index tables set "(the vendor documents no
  // message …)" in italics: fetched late, the italic face reflowed a page after search had
  // scrolled to a code, and left the code's section ~2,000 px off screen. Preloaded, it is there
  // before the first navigation (test/site/browser.test.ts, "search lands on the section").
  transformHead({ assets }) {
    const italic = assets.find((file) => /inter-italic-latin\.[\w-]+\.woff2$/.test(file));
    return italic === undefined ? [] : [['link', { rel: 'preload', href: italic, as: 'font', type: 'font/woff2', crossorigin: '' }]];
  },
  // Code blocks in the GitHub high-contrast themes: the default pair set keywords at 4.2:1 on the
  // light block background and comments at 3.8:1 on the dark one, under WCAG AA's 4.5:1 (axe).
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  themeConfig: {
    // Full-text search built at build time (minisearch in the browser): offline, no hosted service.
    // An alias is found in its code's section text; a fuzzy match on another code's heading
    // (INVALID_OAUTHTOKEN ~ INVALID_AUTHTOKEN) outranked it at MiniSearch's default fuzzy weight.
    // A section's own title (its code and name) weighs 12, not VitePress's 4: searching "1" put
    // Hyper's code 1 eighth, behind text where 1000 or 11000 prefix-match it
    // (test/site/browser.test.ts "search by a short number").
    search: { provider: 'local', options: { miniSearch: { searchOptions: { weights: { fuzzy: 0.1, prefix: 0.375 }, boost: { title: 12, text: 2, titles: 1 } } } } },
    nav: nav(site),
    sidebar: sidebar(site),
    outline: { level: 2, label: 'On this page' },
    socialLinks: [{ icon: 'github', link: site.repository }],
  },
});
