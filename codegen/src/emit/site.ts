/**
 * The docs site's pages and data, a pure function of the models and the site settings: a home
 * page listing the APIs, an overview per API, one page per group with a section per code (the
 * same pages and anchors as the packages' Markdown, so a code's docs URL is
 * `<site url><api id>/<page>.html#<anchor>`), and errcat-site.json, which the hand-written VitePress
 * config (site/.vitepress/config.mts) reads for its base path, navigation and sidebar.
 *
 * Written by write.ts into site/pages/ (not committed: `pnpm docs:build` and `pnpm docs:dev`
 * emit them; the catalogs are the source, and the packages' own Markdown already shows every
 * docs change in review).
 */
import type { ApiModel, CodeModel } from '../model.js';
import { sitePath, type SiteConfig } from '../site-config.js';
import { docsPages, type DocsPage } from './docs.js';
import { envelopeTable, exampleFence, headersTable, limitsMarkdown, messageCell, nameCell, namesDiffer, sourceMarkdown, usageExample } from './docs-parts.js';
import { file, jsonText, type GeneratedFile } from './files.js';
import { mdCell, mdCode, mdFence, mdInline } from './markdown.js';
import { markdownUrl } from './code-doc.js';
import { htmlText, siteBlock, siteCodeLink, siteCodeView } from './site-code.js';
import { template } from '../templates.js';

/** What the VitePress config reads (site/.vitepress/config.mts): keep the two in step. */
export interface SiteData {
  readonly title: string;
  readonly url: string;
  /** VitePress `base`: the path of the site's url. */
  readonly base: string;
  readonly repository: string;
  readonly apis: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    /**
     * The title as HTML that shows it as text: VitePress renders the `text` of nav and sidebar
     * items as HTML, so a title with markup (`Hyper <img onerror=…>`) would run on every page.
     */
    readonly titleHtml: string;
    readonly packageName: string;
    readonly codes: number;
    /** Site-relative links (VitePress adds the base). */
    readonly link: string;
    readonly pages: ReadonlyArray<{ readonly title: string; readonly titleHtml: string; readonly link: string; readonly codes: number }>;
  }>;
}

/** A site page's path for an API's group page, relative to site/pages/. */
const pagePath = (api: ApiModel, page: DocsPage): string => `${api.id}/${page.stem}.md`;

function listingRow(c: CodeModel) {
  return {
    codeCell: mdCode(String(c.code)),
    link: siteCodeLink(c),
    name: nameCell(c),
    deprecated: c.deprecated !== undefined,
    statuses: c.httpStatuses.join(', '),
    kind: c.kind,
    message: messageCell(c),
  };
}

function apiView(api: ApiModel, pages: readonly DocsPage[]) {
  const usage = usageExample(api);
  return {
    frontTitle: yamlString(api.title),
    frontDescription: yamlString(`${api.title}: all ${api.codes.length} error codes (${someCodes(api.codes)}), with status, message, cause, fix and typed handling in ${api.packageName}.`),
    title: mdInline(api.title),
    description: siteBlock(api.description),
    packageName: mdCode(api.packageName),
    install: mdFence(`npm install ${api.packageName}`, 'sh'),
    codeCount: api.codes.length,
    vendorDocs: api.vendorDocsUrl === undefined ? null : markdownUrl(api.vendorDocsUrl),
    usage: usage === undefined ? null : mdFence(usage, 'ts'),
    showNames: namesDiffer(api.codes),
    codes: api.codes.map(listingRow),
    groups: pages.map((p) => ({
      title: mdInline(p.group.title),
      link: `./${encodeURIComponent(p.stem)}.md`,
      count: p.codes.length,
      description: p.group.description === undefined ? null : mdCell(p.group.description),
    })),
    envelope: envelopeTable(api),
    envelopeExample: exampleFence(api.envelope.example),
    headers: headersTable(api) ?? null,
    // A summary line starting with `:` must not open or close a container (see siteBlock).
    limits: limitsMarkdown(api)?.replace(/^:/gm, '\\:') ?? null,
    sources: api.sources.map((s) => sourceMarkdown(s)),
  };
}

/**
 * A YAML scalar for the page's frontmatter: JSON's double-quoted string is YAML too, with U+2028
 * and U+2029 escaped (YAML reads them as line breaks).
 */
const yamlString = (text: string): string => JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** "1, 2, 3 and 4 more": the first codes of a page, for its meta description. */
function someCodes(codes: readonly CodeModel[]): string {
  const shown = codes.slice(0, 6).map((c) => String(c.code));
  return codes.length > shown.length ? `${shown.join(', ')} and ${codes.length - shown.length} more` : shown.join(', ');
}

function groupView(api: ApiModel, page: DocsPage, byCode: ReadonlyMap<string | number, CodeModel>) {
  return {
    // Several APIs have a "400 Bad Request" page: the title and the description name the API.
    frontTitle: yamlString(`${page.group.title} · ${api.title}`),
    frontDescription: yamlString(`${api.title} error codes, ${page.group.title}: ${someCodes(page.codes)}. Status, message, cause, fix and typed handling.`),
    title: mdInline(page.group.title),
    apiTitle: mdInline(api.title),
    packageName: mdCode(api.packageName),
    description: page.group.description === undefined ? null : siteBlock(page.group.description),
    showNames: namesDiffer(page.codes),
    index: page.codes.map(listingRow),
    codes: page.codes.map((c) => siteCodeView(api, c, byCode)),
  };
}

/** The site's files, relative to site/pages/, sorted by path. APIs are listed by id. */
export function emitSite(models: readonly ApiModel[], site: SiteConfig): GeneratedFile[] {
  const apis = [...models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const files: GeneratedFile[] = [];
  const data: SiteData = {
    title: site.title,
    url: site.url,
    base: sitePath(site.url),
    repository: site.repository,
    apis: apis.map((api) => ({
      id: api.id,
      title: api.title,
      titleHtml: htmlText(api.title),
      packageName: api.packageName,
      codes: api.codes.length,
      link: `/${api.id}/`,
      pages: docsPages(api).map((p) => ({ title: p.group.title, titleHtml: htmlText(p.group.title), link: `/${api.id}/${p.stem}`, codes: p.codes.length })),
    })),
  };
  files.push(file('errcat-site.json', jsonText(data)));
  files.push(
    file(
      'index.md',
      template('site-home.md.hbs')({
        title: mdInline(site.title),
        repository: markdownUrl(site.repository),
        codeCount: apis.reduce((n, a) => n + a.codes.length, 0),
        apis: apis.map((api) => ({
          title: mdInline(api.title),
          link: `./${api.id}/index.md`,
          packageName: mdCode(api.packageName),
          codes: api.codes.length,
          description: mdCell(api.description),
        })),
      }),
    ),
  );
  for (const api of apis) {
    const pages = docsPages(api);
    const byCode = new Map(api.codes.map((c) => [c.code, c]));
    files.push(file(`${api.id}/index.md`, template('site-api.md.hbs')(apiView(api, pages))));
    for (const page of pages) files.push(file(pagePath(api, page), template('site-group.md.hbs')(groupView(api, page, byCode))));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
