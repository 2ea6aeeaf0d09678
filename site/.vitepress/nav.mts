// The navigation bar and the sidebar, from errcat-site.json. VitePress renders the `text` of nav
// and sidebar items as HTML, so every title from a catalog is HTML-escaped here: a catalog's
// `api.title` or a group title of `Hyper <img onerror=…>` must show as text, on every page.
import type { DefaultTheme } from 'vitepress';
import type { SiteData } from '../../codegen/src/emit/site.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows exactly that text. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

export function nav(site: Pick<SiteData, 'apis'>): DefaultTheme.NavItem[] {
  return [{ text: 'APIs', items: site.apis.map((api) => ({ text: `${htmlText(api.title)} (${api.codes})`, link: api.link })) }];
}

export function sidebar(site: Pick<SiteData, 'apis'>): DefaultTheme.SidebarMulti {
  return Object.fromEntries(
    site.apis.map((api) => [
      api.link,
      [
        {
          text: htmlText(api.title),
          items: [{ text: 'Overview', link: api.link }, ...api.pages.map((page) => ({ text: `${htmlText(page.title)} (${page.codes})`, link: page.link }))],
        },
      ],
    ]),
  );
}
