// The navigation bar and the sidebar, from errcat-site.json. VitePress renders the `text` of nav
// and sidebar items as HTML, so they take each title's `titleHtml`, which the site emitter
// (codegen/src/emit/site.ts) escaped: a catalog title with markup shows as text.
import type { DefaultTheme } from 'vitepress';
import type { SiteData } from '../../codegen/src/emit/site.js';

export function nav(site: Pick<SiteData, 'apis'>): DefaultTheme.NavItem[] {
  return [{ text: 'APIs', items: site.apis.map((api) => ({ text: `${api.titleHtml} (${api.codes})`, link: api.link })) }];
}

export function sidebar(site: Pick<SiteData, 'apis'>): DefaultTheme.SidebarMulti {
  return Object.fromEntries(
    site.apis.map((api) => [
      api.link,
      [
        {
          text: api.titleHtml,
          items: [{ text: 'Overview', link: api.link }, ...api.pages.map((page) => ({ text: `${page.titleHtml} (${page.codes})`, link: page.link }))],
        },
      ],
    ]),
  );
}
