/**
 * Markdown docs: the package README and one reference page per group (a section per code, found
 * by its anchor), rendered with Handlebars (strict, noEscape). A page per group, not per code:
 * creating a file costs up to ~0.45 ms on a busy ext4, so 10,000 code pages took up to ~5 s of a
 * cold generate; a catalog has a handful of groups.
 */
import { docsPath, type ApiModel, type CodeModel, type GroupModel, type SourceModel, type VariantModel } from '../model.js';
import { mdBanner } from './banner.js';
import { file, type GeneratedFile } from './files.js';
import { UNDOCUMENTED_MESSAGE } from './code-doc.js';
import { mdAutolink, mdBlock, mdCell, mdCode, mdFence, mdInline, mdUrl } from './markdown.js';
import { tsCode } from './quote.js';
import { template } from '../templates.js';

/** A group's reference page and the codes on it, in model (catalog sort) order. */
interface Page {
  readonly group: GroupModel;
  /** File stem under docs/codes/ (every code on the page has it as its docsPage). */
  readonly stem: string;
  readonly codes: readonly CodeModel[];
}

/**
 * The pages in the order of api.groups, then groups the codes name but api.groups does not list
 * (a validated catalog has none) in order of first use. Groups without codes get no page.
 */
function docsPages(api: ApiModel): Page[] {
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

/** A README link to a code's section: the package-relative form of its docs URL (model.ts). */
const codeLink = (c: CodeModel): string => `docs/codes/${docsPath(c.docsPage, c.anchor)}`;

/** A code as the README's table and lists and its page's index show it: built once per code, used three times. */
type Listing = ReturnType<typeof listing>;
function listing(c: CodeModel) {
  return {
    codeCell: mdCode(String(c.code)),
    link: codeLink(c),
    anchor: c.anchor,
    name: mdCode(c.name) + (c.deprecated === undefined ? '' : ' *(deprecated)*'),
    statuses: c.httpStatuses.join(', '),
    kind: c.kind,
    message:
      (c.message === undefined ? `*${mdInline(UNDOCUMENTED_MESSAGE)}*` : mdCell(c.message)) +
      (c.messageVaries ? ' *(varies)*' : '') +
      (c.variants.length > 1 ? ` *(+${c.variants.length - 1} more)*` : ''),
  };
}

function retryText(c: CodeModel): string {
  const delay = c.retry.delaySeconds === undefined ? '' : ` (suggested delay ${c.retry.delaySeconds} s)`;
  const note = c.retry.note === undefined ? '' : ` — ${c.retry.note}`;
  return mdCell(`${c.retry.strategy}${delay}${note}`);
}

function schemaType(schema: Record<string, unknown>): string {
  const type = schema.type;
  if (type === 'array') {
    const items = schema.items;
    return `${items && typeof items === 'object' ? schemaType(items as Record<string, unknown>) : 'unknown'}[]`;
  }
  if (Array.isArray(type)) return type.join(' | ');
  if (typeof type === 'string') return type;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  return 'unknown';
}

function detailsSection(c: CodeModel): string | null {
  if (c.details === undefined) return null;
  const props = (c.details.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((c.details.required ?? []) as string[]);
  const rows = Object.entries(props).map(
    ([name, schema]) =>
      `| ${mdCode(name)} | ${mdCode(schemaType(schema))} | ${required.has(name) ? 'yes' : 'no'} | ${mdCell(
        typeof schema.description === 'string' ? schema.description : '',
      )} |`,
  );
  const table = rows.length === 0 ? 'No documented properties.' : ['| Property | Type | Required | Description |', '|---|---|---|---|', ...rows].join('\n');
  return `${table}\n\n${mdFence(JSON.stringify(c.details, null, 2), 'json')}`;
}

/** A source as the docs cite it: its title, linked to the vendor's page when it has one, and the captured file. */
function sourceText(s: SourceModel): string {
  const title = s.url === undefined ? mdInline(s.title) : `[${mdInline(s.title)}](${mdUrl(s.url)})`;
  return s.file === undefined ? title : `${title} (${mdCode(s.file)})`;
}

/** The message of each documented variant: the template, and for a code with several, the statuses each comes with. */
function messageSection(c: CodeModel): string {
  const varies = c.messageVaries ? '\n\nThe vendor varies this message at run time; the text above is typical.' : '';
  const text = (v: VariantModel): string => (v.message === undefined ? `*${mdInline(UNDOCUMENTED_MESSAGE)}*` : mdFence(v.message, 'text'));
  if (c.variants.length === 1) return text(c.variants[0] as VariantModel) + varies;
  return (
    c.variants
      .map((v) => {
        const params = v.params.length === 0 ? '' : ` Parameters: ${v.params.map((p) => mdCode(p.name)).join(', ')}.`;
        const when = v.description === undefined ? '' : ` ${mdInline(v.description)}`;
        return `Variant ${v.index} (HTTP ${v.httpStatuses.join(', ')}):${when}${params}\n\n${text(v)}`;
      })
      .join('\n\n') + varies
  );
}

function codeView(c: CodeModel) {
  const replacement = c.deprecated?.replacedBy;
  return {
    // Names are [A-Za-z0-9_]+ and anchors their lowercase (or `code-` + it): nothing to escape in the id.
    anchor: c.anchor,
    heading: `${mdInline(String(c.code))}${String(c.code) === c.name ? '' : ` — ${mdInline(c.name)}`}`,
    codeCell: mdCode(String(c.code)),
    name: mdCode(c.name),
    statuses: c.httpStatuses.join(', '),
    kind: c.kind + (c.errorUnder2xx ? ' (sent under a 2xx status)' : ''),
    retry: retryText(c),
    aliases: c.aliases.length === 0 ? null : c.aliases.map((a) => mdCode(String(a))).join(', '),
    since: c.since === undefined ? null : mdInline(c.since),
    deprecated:
      c.deprecated === undefined
        ? null
        : mdInline(c.deprecated.reason) + (replacement === undefined ? '' : ` Use ${mdCode(String(replacement))} instead.`),
    message: messageSection(c),
    description: c.description === undefined ? '*The vendor gives no description of this code.*' : mdBlock(c.description),
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
    details: detailsSection(c),
    example: c.example === undefined ? null : mdFence(JSON.stringify(c.example, null, 2), 'json'),
    source: [c.source, ...c.additionalSources].map(sourceText).join('; '),
  };
}

function usageSection(api: ApiModel): string {
  const errors = api.codes.filter((c) => c.kind === 'error');
  const hasRequired = (c: CodeModel): boolean => Array.isArray(c.details?.required) && c.details.required.length > 0;
  const featured = errors.find(hasRequired) ?? errors.find((c) => c.params.length > 0) ?? errors[0] ?? api.codes[0];
  if (featured === undefined) return '';
  const withParams = errors.find((c) => c.params.length > 0);
  const field = hasRequired(featured) ? (featured.details?.required as string[])[0] : undefined;
  const narrowed =
    field !== undefined
      ? `    error.details${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) ? `.${field}` : `[${tsCode(field)}]`}; // typed from the catalog's details schema`
      : featured.params.length > 0
        ? `    error.params.${featured.params[0]?.name ?? ''}; // recovered from the message`
        : '    error.entry.docs; // link to the reference page';
  const lines = [
    `import { hasCode, lookup, parseResponse, retryAdvice, toError, formatMessage } from '${api.packageName}';`,
    '',
    'const response = await fetch(url, init);',
    'const result = parseResponse(await response.text(), { status: response.status, headers: response.headers });',
    `if (result.kind !== 'success') {`,
    '  for (const error of result.errors) {',
    `    if (hasCode(error, ${tsCode(featured.code)})) {`,
    `  ${narrowed}`,
    '    }',
    '    retryAdvice(error); // never | after-delay (with the delay) | after-reauth',
    '  }',
    '  throw toError(result); // or handle it',
    '}',
    '',
    `lookup(${tsCode(featured.code)}).status; // ${featured.httpStatus}`,
  ];
  if (withParams !== undefined) {
    const args = withParams.params.map((p) => tsCode(p.example ?? p.name)).join(', ');
    lines.push(`formatMessage(${tsCode(withParams.code)}, ${args}); // the argument count is checked at compile time`);
  }
  return mdFence(lines.join('\n'), 'ts');
}

function envelopeSection(api: ApiModel): string {
  const e = api.envelope;
  const rows: Array<[string, string]> = [
    ['Code field', mdCode(e.codeField) + ` (${e.codeType})`],
    ['Message fields', e.messageFields.map(mdCode).join(', ')],
  ];
  if (e.detailsField !== undefined) rows.push(['Details field', mdCode(e.detailsField)]);
  if (e.statusField !== undefined) rows.push(['Status field', mdCode(e.statusField)]);
  if (e.recordArrays !== undefined) rows.push(['Per-record arrays', e.recordArrays.map(mdCode).join(', ')]);
  if (e.nestedErrorsPath !== undefined) rows.push(['Nested errors', mdCode(e.nestedErrorsPath)]);
  if (e.partialStatuses !== undefined) rows.push(['Partial-success statuses', e.partialStatuses.join(', ')]);
  if (e.emptyBodyStatuses !== undefined) rows.push(['Empty-body statuses', e.emptyBodyStatuses.join(', ')]);
  for (const [key, h] of Object.entries(e.headers ?? {})) {
    if (h !== undefined) rows.push([`Header ${mdCode(h.header)}`, `${mdCode(key)}: ${mdCell(h.description)}`]);
  }
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  return e.example === undefined ? table : `${table}\n\n${mdFence(JSON.stringify(e.example, null, 2), 'json')}`;
}

function readmeView(api: ApiModel, pages: readonly Page[], row: (c: CodeModel) => Listing) {
  return {
    banner: mdBanner(api.catalogFile).trimEnd(),
    packageName: mdInline(api.packageName),
    title: mdInline(api.title),
    description: mdBlock(api.description),
    codeCount: api.codes.length,
    usage: usageSection(api),
    codes: api.codes.map(row),
    groups: pages.map((p) => ({
      title: mdInline(p.group.title),
      page: `docs/codes/${encodeURIComponent(p.stem)}.md`,
      description: p.group.description === undefined ? null : mdBlock(p.group.description),
      codes: p.codes.map(row),
    })),
    envelope: envelopeSection(api),
    limits:
      api.limits === undefined
        ? null
        : {
            summary: api.limits.summary === undefined ? null : mdBlock(api.limits.summary),
            items: (api.limits.items ?? []).map((item) => ({
              name: mdCell(item.name),
              description: mdCell(item.description),
              values: Object.entries(item.values ?? {})
                .map(([k, v]) => `${mdInline(k)}: ${mdInline(String(v))}`)
                .join('<br>'),
            })),
          },
    // Every part escaped: a source's file once reached the page raw (a heading, an <img onerror>).
    sources: api.sources.map((s) => ({ title: mdInline(s.title), file: s.file === undefined ? null : mdCode(s.file), url: s.url === undefined ? null : mdAutolink(s.url) })),
  };
}

function pageView(api: ApiModel, page: Page, row: (c: CodeModel) => Listing) {
  return {
    banner: mdBanner(api.catalogFile).trimEnd(),
    title: mdInline(page.group.title),
    description: page.group.description === undefined ? null : mdBlock(page.group.description),
    index: page.codes.map(row),
    codes: page.codes.map(codeView),
  };
}

export function emitDocs(api: ApiModel): GeneratedFile[] {
  const pages = docsPages(api);
  const listings = new Map(api.codes.map((c) => [c, listing(c)]));
  const row = (c: CodeModel): Listing => listings.get(c) as Listing;
  const files = [file('README.md', template('readme.md.hbs')(readmeView(api, pages, row)))];
  for (const p of pages) files.push(file(`docs/codes/${p.stem}.md`, template('group.md.hbs')(pageView(api, p, row))));
  return files;
}
