/**
 * Markdown docs inside the package (npm and GitHub show them): the package README, an index of
 * the reference pages (docs/README.md) and one reference page per group (a section per code,
 * found by its anchor), rendered with Handlebars (strict, noEscape). A page per group, not per
 * code: creating a file costs up to ~0.45 ms on a busy ext4, so 10,000 code pages took up to
 * ~5 s of a cold generate; a catalog has a handful of groups. The docs site (site.ts) renders
 * the same model with the same parts (docs-parts.ts).
 */
import { packageDocsPath, type ApiModel, type CodeModel, type GroupModel } from '../model.js';
import { mdBanner } from './banner.js';
import {
  codeFacts,
  codeSnippet,
  codeSourcesMarkdown,
  detailsMarkdown,
  envelopeTable,
  exampleFence,
  exportsTable,
  headersTable,
  limitsMarkdown,
  messageCell,
  nameCell,
  namesDiffer,
  NO_DESCRIPTION,
  replacementMarkdown,
  sourceMarkdown,
  usageExample,
  variantsMarkdown,
} from './docs-parts.js';
import { file, type GeneratedFile } from './files.js';
import { mdBlock, mdCell, mdCode, mdFence, mdInline } from './markdown.js';
import { markdownUrl } from './code-doc.js';
import { template } from '../templates.js';
import { MODULES } from './package-files.js';

/** A group's reference page and the codes on it, in model (catalog sort) order. */
export interface DocsPage {
  readonly group: GroupModel;
  /** File stem of the page (every code on the page has it as its docsPage). */
  readonly stem: string;
  readonly codes: readonly CodeModel[];
}

/**
 * The pages in the order of api.groups, then groups the codes name but api.groups does not list
 * (a validated catalog has none) in order of first use. Groups without codes get no page.
 */
export function docsPages(api: ApiModel): DocsPage[] {
  const byId = new Map<string, { group: GroupModel; stem: string; codes: CodeModel[] }>();
  for (const c of api.codes) {
    const page = byId.get(c.group.id);
    if (page === undefined) byId.set(c.group.id, { group: c.group, stem: c.docsPage, codes: [c] });
    else page.codes.push(c);
  }
  const listed = api.groups.map((g) => byId.get(g.id)).filter((p) => p !== undefined);
  const unlisted = [...byId.values()].filter((p) => !listed.includes(p));
  return [...new Set(listed), ...unlisted];
}

/** A code as the README's table, the index and its page's table of codes show it: built once per code. */
type Listing = ReturnType<typeof listing>;
function listing(c: CodeModel) {
  return {
    codeCell: mdCode(String(c.code)),
    /** The code's section on the docs site (the README links there: npm readers have no package folder). */
    siteLink: markdownUrl(c.docsUrl),
    /** The same section in this package's Markdown, from docs/ (the index page). */
    indexLink: packageDocsPath(c.docsPage, c.anchor).slice('docs/'.length),
    anchor: c.anchor,
    name: nameCell(c),
    deprecated: c.deprecated !== undefined,
    statuses: c.httpStatuses.join(', '),
    kind: c.kind,
    message: messageCell(c),
  };
}

function codeView(api: ApiModel, c: CodeModel, pageOf: ReadonlyMap<string | number, CodeModel>) {
  const replacedBy = replacementMarkdown(c, pageOf, (target) => `${target.docsPage === c.docsPage ? '' : `${encodeURIComponent(target.docsPage)}.md`}#${target.anchor}`);
  const details = detailsMarkdown(c);
  return {
    // Names are [A-Za-z0-9_]+ and anchors their lowercase (or `code-` + it): nothing to escape in the id.
    anchor: c.anchor,
    heading: `${mdInline(String(c.code))}${String(c.code) === c.name ? '' : ` — ${mdInline(c.name)}`}`,
    ...codeFacts(c),
    deprecated: c.deprecated === undefined ? null : mdInline(c.deprecated.reason) + (replacedBy === undefined ? '' : ` Use ${replacedBy} instead.`),
    message: variantsMarkdown(c),
    description: c.description === undefined ? NO_DESCRIPTION : mdBlock(c.description),
    cause: c.cause === undefined ? null : mdBlock(c.cause),
    fix: c.fix !== undefined ? mdBlock(c.fix) : c.fixExempt !== undefined ? `No fix: ${mdInline(c.fixExempt)}` : null,
    params:
      c.params.length === 0
        ? null
        : c.params.map((p, i) => ({
            position: i + 1,
            name: mdCode(p.name),
            description: mdCell(p.description) + (p.default === undefined ? '' : ` (default ${mdCode(p.default)})`),
            example: p.example === undefined ? '' : mdCode(p.example),
          })),
    details: details === undefined ? null : details.table,
    // GitHub and npm render <details>; the fence inside needs the blank lines around it.
    detailsSchema: details?.schema === undefined ? null : mdFence(details.schema, 'json'),
    example: exampleFence(c.example),
    snippet: mdFence(codeSnippet(api, c), 'ts'),
    source: codeSourcesMarkdown(c),
  };
}

/** `NOT_MODIFIED`: `NotModifiedError`, from the first code whose name is not the code itself (for the Name column's note). */
function nameExample(codes: readonly CodeModel[]): string | null {
  const c = codes.find((x) => x.name !== String(x.code));
  return c === undefined ? null : `${mdCode(c.name)}: ${mdCode(c.errorTypeName)}`;
}

function readmeView(api: ApiModel, row: (c: CodeModel) => Listing) {
  const usage = usageExample(api);
  return {
    banner: mdBanner(api.catalogFile).trimEnd(),
    packageName: mdInline(api.packageName),
    title: mdInline(api.title),
    description: mdBlock(api.description),
    codeCount: api.codes.length,
    siteUrl: markdownUrl(api.docsBaseUrl),
    usage: usage === undefined ? null : mdFence(usage, 'ts'),
    exports: exportsTable(api),
    subpaths: MODULES.map((m) => mdCode(`/${m}`)).join(', '),
    showNames: namesDiffer(api.codes),
    nameExample: nameExample(api.codes),
    codes: api.codes.map(row),
    envelope: envelopeTable(api),
    headers: headersTable(api) ?? null,
    limits: limitsMarkdown(api) ?? null,
    sources: api.sources.map((s) => sourceMarkdown(s)),
  };
}

function indexView(api: ApiModel, pages: readonly DocsPage[], row: (c: CodeModel) => Listing) {
  return {
    banner: mdBanner(api.catalogFile).trimEnd(),
    title: mdInline(api.title),
    packageName: mdInline(api.packageName),
    siteUrl: markdownUrl(api.docsBaseUrl),
    groups: pages.map((p) => ({
      title: mdInline(p.group.title),
      page: `codes/${encodeURIComponent(p.stem)}.md`,
      description: p.group.description === undefined ? null : mdBlock(p.group.description),
      showNames: namesDiffer(p.codes),
      codes: p.codes.map(row),
    })),
  };
}

function pageView(api: ApiModel, page: DocsPage, row: (c: CodeModel) => Listing, pageOf: ReadonlyMap<string | number, CodeModel>) {
  return {
    banner: mdBanner(api.catalogFile).trimEnd(),
    title: mdInline(page.group.title),
    description: page.group.description === undefined ? null : mdBlock(page.group.description),
    showNames: namesDiffer(page.codes),
    index: page.codes.map(row),
    codes: page.codes.map((c) => codeView(api, c, pageOf)),
  };
}

export function emitDocs(api: ApiModel): GeneratedFile[] {
  const pages = docsPages(api);
  const listings = new Map(api.codes.map((c) => [c, listing(c)]));
  const row = (c: CodeModel): Listing => listings.get(c) as Listing;
  const byCode = new Map(api.codes.map((c) => [c.code, c]));
  const files = [
    file('README.md', template('readme.md.hbs')(readmeView(api, row))),
    file('docs/README.md', template('docs-index.md.hbs')(indexView(api, pages, row))),
  ];
  for (const p of pages) files.push(file(`docs/codes/${p.stem}.md`, template('group.md.hbs')(pageView(api, p, row, byCode))));
  return files;
}
