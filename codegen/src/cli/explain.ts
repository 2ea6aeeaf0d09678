/**
 * `errcat explain <api> [<code>]`: everything the catalog knows about one code, like
 * `rustc --explain`. The code may be given as sent on the wire, zero-padded (`007`), as an alias
 * or by its symbolic name; an unknown one gets the nearest codes as suggestions.
 * Without a code, lists the API's codes.
 */
import { normalizeCode } from '../../../packages/runtime/src/table.js';
import type { ApiModel, CodeModel, ParamModel, SourceModel } from '../model.js';
import { UNDOCUMENTED_MESSAGE } from '../emit/code-doc.js';
import { exampleValue, kindWords, nameRepeatsCode, namesDiffer, retryStrategyWords, variantSourceShown } from '../emit/docs-parts.js';
import type { LoadedApi } from '../pipeline.js';
import { nearest } from '../validate/nearest.js';
import { terminalSafe, terminalText } from './terminal-text.js';
import { EXIT, plural, style, type CliIo, type Style } from './io.js';

export interface Found {
  readonly code: CodeModel;
  /** How the query matched, when not as the code itself. */
  readonly via?: string;
}

/** The code a query names: the wire code (integers also zero-padded), an alias, or the symbolic name. */
export function findCode(api: ApiModel, query: string): Found | undefined {
  const wire = api.codeType === 'integer' ? normalizeCode(query, 'integer') : query;
  if (wire !== undefined) {
    const exact = api.codes.find((c) => c.code === wire);
    if (exact !== undefined) return String(exact.code) === query ? { code: exact } : { code: exact, via: `${query} is code ${exact.code}` };
    const alias = api.codes.find((c) => c.aliases.includes(wire));
    if (alias !== undefined) return { code: alias, via: `${query} is an alias of ${JSON.stringify(alias.code)}` };
  }
  const named = api.codes.find((c) => c.name === query);
  if (named !== undefined) return { code: named, via: `${query} is the name of ${JSON.stringify(named.code)}` };
  // Without case: the code first (the usual slip is the case of a code the API sends), then a name.
  const lower = query.toLowerCase();
  const folded = api.codes.find((c) => String(c.code).toLowerCase() === lower);
  if (folded !== undefined) return { code: folded, via: `codes are case-sensitive: the API sends ${JSON.stringify(folded.code)}` };
  const namedLoosely = api.codes.find((c) => c.name.toLowerCase() === lower);
  if (namedLoosely !== undefined) return { code: namedLoosely, via: `${query} is, but for case, the name ${namedLoosely.name} of ${JSON.stringify(namedLoosely.code)}` };
  return undefined;
}

/** Up to three codes whose code, alias or name is closest to the query. */
export function suggestCodes(api: ApiModel, query: string): CodeModel[] {
  const byWord = new Map<string, CodeModel>();
  for (const c of api.codes) {
    for (const word of [String(c.code), c.name, ...c.aliases.map(String)]) if (!byWord.has(word)) byWord.set(word, c);
  }
  const words = nearest(query, byWord.keys(), 10, Math.max(2, Math.ceil(query.length / 2)));
  const out: CodeModel[] = [];
  for (const w of words) {
    const c = byWord.get(w) as CodeModel;
    if (!out.includes(c)) out.push(c);
  }
  return out.slice(0, 3);
}

function wrap(text: string, indent: string, width = 88): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

function retryAdvice(c: CodeModel): string {
  const wait = c.retry.delaySeconds === undefined ? '' : ` (${c.retry.delaySeconds} s when the response has no Retry-After)`;
  const advice =
    c.retry.strategy === 'never'
      ? c.kind === 'error'
        ? 'Do not retry: the same request fails again until the cause is fixed.'
        : 'Nothing to retry.'
      : c.retry.strategy === 'after-delay'
        ? `Retry after a delay${wait}.`
        : c.retry.reauth === 'refresh'
          ? 'Refresh the access token, then retry.'
          : 'Authorize again (refreshing the access token cannot help), then retry with the new credentials.';
  // The catalog's note, when it has one, is the vendor-specific advice; the generic sentence otherwise.
  const note = c.retry.note === undefined ? advice : `${c.retry.note}${c.retry.strategy === 'after-delay' ? ` Retry after a delay${wait}.` : ''}`;
  return `${retryStrategyWords(c)} — ${note}`;
}

function schemaType(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = schema.type;
  if (type === 'array') {
    const items = schema.items;
    return `${items !== null && typeof items === 'object' ? schemaType(items as Record<string, unknown>) : 'unknown'}[]`;
  }
  if (Array.isArray(type)) return type.join(' | ');
  return typeof type === 'string' ? type : 'unknown';
}

function table(rows: ReadonlyArray<readonly string[]>, indent: string): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ')).join('\n');
}

function literal(code: string | number): string {
  return typeof code === 'number' ? String(code) : `'${code.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The full explanation of one code, as printed by `errcat explain`. */
export function renderExplanation(api: ApiModel, c: CodeModel, s: Style = style(false)): string {
  const heading = (title: string): string => s.bold(title);
  const fields: Array<[string, string]> = [
    ['HTTP status', c.httpStatuses.join(', ')],
    ['Kind', kindWords(c)],
    ['Group', c.group.title],
    ['Retry', retryAdvice(c)],
  ];
  if (c.aliases.length > 0) fields.push(['Aliases', c.aliases.map((a) => JSON.stringify(a)).join(', ')]);
  if (c.since !== undefined) fields.push(['Since', c.since]);
  if (c.deprecated !== undefined)
    fields.push(['Deprecated', c.deprecated.reason + (c.deprecated.replacedBy === undefined ? '' : ` Use ${JSON.stringify(c.deprecated.replacedBy)} instead.`)]);
  const labelWidth = Math.max(...fields.map(([k]) => k.length));
  const parts: string[] = [
    `${s.bold(`${api.id} ${JSON.stringify(c.code)}`)} ${s.dim('·')} ${s.cyan(c.name)}  ${s.dim(`(${api.packageName})`)}`,
    '',
    ...c.variants.map((v) => {
      const text = wrap(v.message ?? UNDOCUMENTED_MESSAGE, '    ');
      if (c.variants.length === 1) return text;
      return `${s.dim(`  variant ${v.index} · HTTP ${v.httpStatuses.join(', ')}${v.params.length === 0 ? '' : ` · ${v.params.map((p) => p.name).join(', ')}`}`)}\n${text}`;
    }),
    c.messageVaries ? s.dim('    (the vendor varies this wording at run time)') : '',
    '',
    fields
      .map(([k, v]) => {
        const pad = ' '.repeat(2 + labelWidth + 2);
        return `  ${s.dim(k.padEnd(labelWidth))}  ${wrap(v, pad).slice(pad.length)}`;
      })
      .join('\n'),
    '',
    heading('Description'),
    ...descriptionLines(c),
  ];
  if (c.cause !== undefined) parts.push('', heading('Cause'), wrap(c.cause, '  '));
  if (c.fix !== undefined) parts.push('', heading('Fix'), wrap(c.fix, '  '));
  else if (c.fixExempt !== undefined) parts.push('', heading('Fix'), wrap(`None documented: ${c.fixExempt}`, '  '));
  // The code's own parameters, then each variant's: formatVariant takes those, and their
  // descriptions say what to pass.
  const withParams = c.variants.filter((v) => v.index > 0 && v.params.length > 0);
  if (c.params.length > 0 || withParams.length > 0) {
    parts.push('', heading('Parameters'), ...paramLines(c.params, '  '));
    for (const v of withParams) parts.push(`  Variant ${v.index}:`, ...paramLines(v.params, '    '));
  }
  if (c.details !== undefined) {
    const props = (c.details.properties ?? {}) as Record<string, Record<string, unknown>>;
    const required = new Set((c.details.required ?? []) as string[]);
    const rows = Object.entries(props).map(([name, schema]) => [
      name,
      schemaType(schema),
      required.has(name) ? 'required' : 'optional',
      typeof schema.description === 'string' ? schema.description : '',
    ]);
    parts.push('', heading(`Details (${api.envelope.detailsField ?? 'details'})`), rows.length === 0 ? '  No documented properties.' : table(rows, '  '));
  }
  if (c.example !== undefined) parts.push('', heading('Example'), JSON.stringify(c.example, null, 2).replace(/^/gm, '  '));
  const call = [c.ident, ...c.params.map((p) => literal(exampleValue(p)))].join(', ');
  parts.push(
    '',
    heading('In code'),
    `  import { ${c.ident}, ${c.details === undefined ? '' : 'detailsOf, '}formatMessage, lookup } from '${api.packageName}';`,
    `  lookup(${literal(c.code)}); // the entry above`,
    `  formatMessage(${call});`,
    // Details are checked on demand: detailsOf is how a parsed error of this code gets them typed.
    ...(c.details === undefined ? [] : [`  if (err.code === ${c.ident}) detailsOf(err); // its details, typed; undefined when they fail the schema above`]),
    '',
    `${s.dim('Docs  ')}  ${c.docsUrl}`,
    ...sourceLines(c).map(({ source, indexes }) => `${s.dim('Source')}  ${source.title} (${source.url ?? source.file})${indexes.length === 0 ? '' : `, for variant${indexes.length === 1 ? '' : 's'} ${indexes.join(', ')}`}`),
  );
  return parts.filter((p, i, all) => !(p === '' && all[i - 1] === '')).join('\n').replace(/\n\n\n+/g, '\n\n');
}

/**
 * The code's description, then each variant's (when the vendor says it is sent): a code that has
 * none of its own but variants that do is described by them, not called undescribed.
 */
function descriptionLines(c: CodeModel): string[] {
  const variants = c.variants.filter((v) => v.description !== undefined).map((v) => wrap(`Variant ${v.index}: ${v.description}`, '  '));
  if (c.description !== undefined) return [wrap(c.description, '  '), ...variants];
  return variants.length > 0 ? variants : [wrap('The vendor gives no description of this code.', '  ')];
}

/** Numbered parameter lines: name, description, example and default. */
function paramLines(params: readonly ParamModel[], indent: string): string[] {
  return params.map((p, i) => {
    const extra = [p.example === undefined ? '' : `example ${JSON.stringify(p.example)}`, p.default === undefined ? '' : `default ${JSON.stringify(p.default)}`]
      .filter(Boolean)
      .join(', ');
    return wrap(`${i + 1}. ${p.name} — ${p.description}${extra === '' ? '' : ` (${extra})`}`, indent);
  });
}

/**
 * Every page once: the code's sources in catalog order, then the other pages its variants cite.
 * A page is marked with the variants it is named beside (the docs' rule, variantSourceShown), so
 * a page the code also cites is not listed a second time "for variant N".
 */
function sourceLines(c: CodeModel): { source: SourceModel; indexes: number[] }[] {
  const bySource = new Map<string, { source: SourceModel; indexes: number[] }>();
  for (const source of [c.source, ...c.additionalSources]) if (!bySource.has(source.id)) bySource.set(source.id, { source, indexes: [] });
  for (const v of c.variants) {
    if (!variantSourceShown(v, c)) continue;
    const group = bySource.get(v.source.id) ?? { source: v.source, indexes: [] };
    group.indexes.push(v.index);
    bySource.set(v.source.id, group);
  }
  return [...bySource.values()];
}

/** A shell word: as is when it is one already, else in single quotes (`'Access Denied'`). */
const shellWord = (text: string): string => (/^[\w.@%+,:/=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** The other APIs that have the code (or an alias or name of it), each with the command that explains it there. */
function elsewhere(models: readonly ApiModel[], query: string, besides: ApiModel | undefined): string[] {
  return models
    .filter((m) => m !== besides)
    .flatMap((m) => {
      const found = findCode(m, query);
      if (found === undefined) return [];
      const what = found.via === undefined ? `${query} is a code of ${m.id}` : `${query} is in ${m.id} (${found.via})`;
      return [`${what}: errcat explain ${m.id} ${shellWord(String(found.code.code))}`];
    });
}

/**
 * The API's codes, one a line: code, name, statuses, kind, message. A name that only repeats its
 * code is left blank, as in the README's table (zoho-crm's are all like that: the column doubled
 * the width of every line); where every name does, the column goes.
 */
export function codeList(api: ApiModel): string {
  const withNames = namesDiffer(api.codes);
  return table(
    api.codes.map((c) => [String(c.code), ...(withNames ? [nameRepeatsCode(c) ? '' : c.name] : []), c.httpStatuses.join(','), c.kind, c.message ?? UNDOCUMENTED_MESSAGE]),
    '  ',
  );
}

export function explainCommand(apis: readonly LoadedApi[], rawApiQuery: string, rawCodeQuery: string | undefined, io: CliIo): number {
  const s = style(io.color);
  // Everything printed is catalog text or the user's arguments: made terminal-safe before styling.
  const models = apis.map((a) => terminalSafe(a.model));
  const apiQuery = terminalText(rawApiQuery);
  const codeQuery = rawCodeQuery === undefined ? undefined : terminalText(rawCodeQuery);
  const api = models.find((m) => m.id === apiQuery || m.packageName === apiQuery);
  if (api === undefined) {
    const ids = models.map((m) => m.id);
    const near = nearest(apiQuery, ids, 1)[0];
    io.err(`${s.red('✖')} no API "${apiQuery}"${near === undefined ? '' : ` (did you mean "${near}"?)`}; the catalogs define: ${ids.join(', ')}.`);
    // `errcat explain 9450`: the API left out, the code given in its place.
    if (codeQuery === undefined) for (const line of elsewhere(models, apiQuery, undefined)) io.err(s.dim(`  ${line}`));
    return EXIT.problems;
  }
  if (codeQuery === undefined) {
    io.out(`${s.bold(`${api.title}`)} ${s.dim(`(${api.packageName}, ${plural(api.codes.length, 'code')})`)}`);
    io.out(codeList(api));
    return EXIT.ok;
  }
  const found = findCode(api, codeQuery);
  if (found === undefined) {
    const near = suggestCodes(api, codeQuery);
    io.err(`${s.red('✖')} ${api.id} has no code "${codeQuery}".`);
    if (near.length > 0) {
      io.err('  did you mean:');
      io.err(table(near.map((c) => [JSON.stringify(c.code), c.name, c.message ?? UNDOCUMENTED_MESSAGE]), '    '));
    }
    for (const line of elsewhere(models, codeQuery, api)) io.err(s.dim(`  ${line}`));
    io.err(s.dim(`  (\`errcat explain ${api.id}\` lists all ${api.codes.length} codes)`));
    return EXIT.problems;
  }
  if (found.via !== undefined) io.out(s.dim(`(${found.via})\n`));
  io.out(renderExplanation(api, found.code, s));
  return EXIT.ok;
}
