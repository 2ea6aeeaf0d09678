/**
 * What the package's Markdown docs (docs.ts) and the docs site (site*.ts) both show, built once
 * here so the two agree: the details table, the envelope and header tables, the usage example
 * and each code's TypeScript snippet. Values are Markdown, escaped with markdown.ts; snippets
 * are TypeScript, with every catalog string through quote.ts.
 */
import type { ApiModel, CodeModel, ParamModel, SourceModel, VariantModel } from '../model.js';
import { UNDOCUMENTED_MESSAGE } from './code-doc.js';
import { mdBlock, mdCell, mdCode, mdCodeSpan, mdFence, mdInline, mdUrl } from './markdown.js';
import { tsCode, tsMember, tsString } from './quote.js';

/** A property type as a reader writes it: `string`, `integer[]`, `"a" | "b"`. */
export function schemaType(schema: Record<string, unknown>): string {
  const type = schema.type;
  if (type === 'array') {
    const items = schema.items;
    return `${items && typeof items === 'object' ? schemaType(items as Record<string, unknown>) : 'unknown'}[]`;
  }
  if (Array.isArray(type)) return type.join(' | ');
  if (typeof type === 'string') return type;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (typeof schema.$ref === 'string') return schema.$ref.replace(/^#\/\$defs\//, '');
  return 'unknown';
}

/**
 * A property's type in TypeScript's words, for a comment in a snippet (not the exact declared
 * type): `number` for integer, literals for an enum, an object's first property names
 * (`{ module, id }`), `X[]` for an array, the definition's name for a `$ref`; `unknown` for
 * anything else (const, anyOf, oneOf). The details table keeps JSON Schema's words (schemaType).
 */
export function tsTypeWords(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = schema.type;
  const one = (t: unknown): string => {
    if (t === 'integer' || t === 'number') return 'number';
    if (t === 'array') return `${schema.items && typeof schema.items === 'object' ? tsTypeWords(schema.items as Record<string, unknown>) : 'unknown'}[]`;
    if (t === 'object') {
      const names = Object.keys((schema.properties ?? {}) as object);
      return names.length === 0 ? '{ [k: string]: unknown }' : `{ ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''} }`;
    }
    return typeof t === 'string' ? t : 'unknown';
  };
  if (Array.isArray(type)) return type.map(one).join(' | ');
  if (typeof type === 'string') return one(type);
  if (typeof schema.$ref === 'string') return schema.$ref.replace(/^#\/\$defs\//, '');
  return 'unknown';
}

export interface DetailsRow {
  readonly name: string;
  /** As the details table writes it (JSON Schema's words: `integer`, `object`). */
  readonly type: string;
  /** As TypeScript has it (`number`, `{ module, id }`): what a snippet's comments say. */
  readonly tsType: string;
  readonly required: boolean;
  readonly description: string;
}

/** The documented top-level properties of a code's `details`, in schema order. */
export function detailsRows(c: CodeModel): DetailsRow[] {
  const props = (c.details?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((c.details?.required ?? []) as string[]);
  return Object.entries(props).map(([name, schema]) => ({
    name,
    type: schemaType(schema),
    tsType: tsTypeWords(schema),
    required: required.has(name),
    description: typeof schema.description === 'string' ? schema.description : '',
  }));
}

/**
 * The `details` of a code as Markdown: a table of its properties, or a sentence when it has
 * none (the schema then says nothing a reader needs: no raw schema after it). The schema itself
 * is for the caller to put in a collapsible block (`schema` is undefined when not worth showing).
 */
export function detailsMarkdown(c: CodeModel): { readonly table: string; readonly schema: string | undefined } | undefined {
  if (c.details === undefined) return undefined;
  const rows = detailsRows(c);
  if (rows.length === 0) {
    const open = c.details.additionalProperties !== false;
    return {
      table: open ? 'An object; the vendor documents none of its properties.' : 'Always an empty object.',
      schema: undefined,
    };
  }
  const table = [
    '| Property | Type | Required | Description |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${mdCode(r.name)} | ${mdCode(r.type)} | ${r.required ? 'yes' : 'no'} | ${mdCell(r.description)} |`),
  ].join('\n');
  return { table, schema: JSON.stringify(c.details, null, 2) };
}

/** How an after-reauth code gets new credentials, in words. */
export const REAUTH_WORDS = { refresh: 'refresh the access token', authorize: 'authorize again: refreshing cannot help' } as const;

/** The strategy with its reauth method: `after-reauth (refresh the access token)`, unescaped. */
export function retryStrategyWords(c: CodeModel): string {
  return c.retry.reauth === undefined ? c.retry.strategy : `${c.retry.strategy} (${REAUTH_WORDS[c.retry.reauth]})`;
}

/** Retry advice in words: `after-delay (suggested delay 60 s) — note`, unescaped. */
export function retryWords(c: CodeModel): string {
  const delay = c.retry.delaySeconds === undefined ? '' : ` (suggested delay ${c.retry.delaySeconds} s)`;
  const note = c.retry.note === undefined ? '' : ` — ${c.retry.note}`;
  return `${retryStrategyWords(c)}${delay}${note}`;
}

/** The kind, and for an error the vendor sends under 2xx, whether it always or also does. */
export function kindWords(c: CodeModel): string {
  if (!c.errorUnder2xx) return c.kind;
  return `${c.kind} (${c.httpStatuses.every((st) => st >= 200 && st < 300) ? 'sent' : 'also sent'} under a 2xx status)`;
}

/** The short facts of a code's section, written the same way in the package docs and on the site. */
export function codeFacts(c: CodeModel) {
  return {
    statuses: c.httpStatuses.join(', '),
    kind: kindWords(c),
    retry: mdInline(retryWords(c)),
    aliases: c.aliases.length === 0 ? null : c.aliases.map((a) => mdCodeSpan(String(a))).join(', '),
    since: c.since === undefined ? null : mdInline(c.since),
  };
}

/**
 * The code that replaces a deprecated one, as Markdown: a link made by `href` when the catalog has
 * that code, else the code alone; undefined when the deprecation names no replacement.
 */
export function replacementMarkdown(c: CodeModel, byCode: ReadonlyMap<string | number, CodeModel>, href: (target: CodeModel) => string): string | undefined {
  const replacement = c.deprecated?.replacedBy;
  if (replacement === undefined) return undefined;
  const target = byCode.get(replacement);
  return target === undefined ? mdCodeSpan(String(replacement)) : `[${mdCodeSpan(String(replacement))}](${href(target)})`;
}

/** A Markdown link to a vendor page when the source names its URL; its title alone otherwise (never a repository path). */
export function sourceMarkdown(source: Pick<SourceModel, 'title' | 'url'>): string {
  return source.url === undefined ? mdInline(source.title) : `[${mdInline(source.title)}](${mdUrl(source.url)})`;
}

/** Every source of a code (its own, then catalog additionalSources), as sourceMarkdown gives them. */
export const codeSourcesMarkdown = (c: CodeModel): string => [c.source, ...c.additionalSources].map(sourceMarkdown).join('; ');

/** A code's message for a table cell: the primary template, or that the vendor documents none; `(+n more)` for further variants. */
export function messageCell(c: CodeModel): string {
  return (
    (c.message === undefined ? `*${mdInline(UNDOCUMENTED_MESSAGE)}*` : mdCell(c.message)) +
    (c.messageVaries ? ' *(varies)*' : '') +
    (c.variants.length > 1 ? ` *(+${c.variants.length - 1} more)*` : '')
  );
}

/** A JSON example body as a fenced block (docs and site), or null when there is none. */
export const exampleFence = (example: unknown): string | null => (example === undefined ? null : mdFence(JSON.stringify(example, null, 2), 'json'));

/** What the docs say for a code without a description. */
export const NO_DESCRIPTION = '*The vendor gives no description of this code.*';

/**
 * Whether a variant's page is named beside it (docs, site, explain): when it is not the code's
 * own source, the page its Source line names first, even if the code also cites it among others:
 * which of a code's pages documents which variant is the point.
 */
export const variantSourceShown = (v: VariantModel, c: Pick<CodeModel, 'source'>): boolean => v.source.id !== c.source.id;

/**
 * A variant's heading line when a code has several: `Variant 1 (HTTP 409): when … Parameters: \`a\`.`,
 * and its source when that is not the code's own (the page the code's Source line names first).
 */
export function variantLabel(v: VariantModel, c: Pick<CodeModel, 'source'>): string {
  const params = v.params.length === 0 ? '' : ` Parameters: ${v.params.map((p) => mdCode(p.name)).join(', ')}.`;
  const when = v.description === undefined ? '' : ` ${mdInline(v.description)}`;
  const source = variantSourceShown(v, c) ? ` Source: ${sourceMarkdown(v.source)}.` : '';
  return `Variant ${v.index} (HTTP ${v.httpStatuses.join(', ')}):${when}${params}${source}`;
}

/** The message of every documented variant as Markdown: the template fenced, or that the vendor documents none. */
export function variantsMarkdown(c: CodeModel): string {
  const varies = c.messageVaries ? '\n\nThe vendor varies this message at run time; the text above is typical.' : '';
  // A variant's own example body (the code's is in the page's Example section) follows its template.
  const text = (v: VariantModel): string =>
    (v.message === undefined ? `*${mdInline(UNDOCUMENTED_MESSAGE)}*` : mdFence(v.message, 'text')) +
    (v.example === undefined ? '' : `\n\n${exampleFence(v.example)}`);
  if (c.variants.length === 1) return text(c.variants[0] as VariantModel) + varies;
  return c.variants.map((v) => `${variantLabel(v, c)}\n\n${text(v)}`).join('\n\n') + varies;
}

/** Whether any code's name differs from its code: tables show a Name column only then. */
export const namesDiffer = (codes: readonly CodeModel[]): boolean => codes.some((c) => !nameRepeatsCode(c));

/** Whether a code's name is only its code again (`INVALID_TOKEN`): tables leave such a name blank. */
export const nameRepeatsCode = (c: Pick<CodeModel, 'code' | 'name'>): boolean => c.name === String(c.code);

/** A code's name for a table cell: empty when it only repeats the code. */
export const nameCell = (c: CodeModel): string => (nameRepeatsCode(c) ? '' : mdCode(c.name));

/** The envelope as a Markdown table with a header row: where code, message and details are found. */
export function envelopeTable(api: ApiModel): string {
  const e = api.envelope;
  const rows: Array<[string, string]> = [
    ['Code field', `${mdCode(e.codeField)} (${e.codeType})`],
    ['Message fields', e.messageFields.map(mdCode).join(', ')],
  ];
  if (e.detailsField !== undefined) rows.push(['Details field', mdCode(e.detailsField)]);
  if (e.statusField !== undefined) rows.push(['Status field', mdCode(e.statusField)]);
  if (e.recordArrays !== undefined) rows.push(['Per-record arrays', e.recordArrays.map(mdCode).join(', ')]);
  if (e.nestedErrorsPath !== undefined) rows.push(['Nested errors', mdCode(e.nestedErrorsPath)]);
  if (e.partialStatuses !== undefined) rows.push(['Partial-success statuses', e.partialStatuses.join(', ')]);
  if (e.emptyBodyStatuses !== undefined) rows.push(['Empty-body statuses', e.emptyBodyStatuses.join(', ')]);
  return ['| Part | Where |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/** The response headers the parser surfaces, as a Markdown table; undefined when the catalog names none. */
export function headersTable(api: ApiModel): string | undefined {
  const rows = Object.entries(api.envelope.headers ?? {}).flatMap(([key, h]) =>
    h === undefined ? [] : [`| ${mdCode(h.header)} | ${mdCode(`result.headers.${key}`)} | ${h.type} | ${mdCell(h.description)} |`],
  );
  return rows.length === 0 ? undefined : ['| Header | Read as | Type | Description |', '|---|---|---|---|', ...rows].join('\n');
}

/** The API's limits as Markdown (summary, then a table), or undefined when the catalog has none. */
export function limitsMarkdown(api: ApiModel): string | undefined {
  if (api.limits === undefined) return undefined;
  const parts: string[] = [];
  if (api.limits.summary !== undefined) parts.push(mdBlock(api.limits.summary));
  const items = api.limits.items ?? [];
  if (items.length > 0)
    parts.push(
      [
        '| Limit | Description | Values |',
        '|---|---|---|',
        ...items.map((item) => {
          const values = Object.entries(item.values ?? {})
            .map(([k, v]) => `${mdInline(k)}: ${mdInline(String(v))}`)
            .join('<br>');
          return `| ${mdCell(item.name)} | ${mdCell(item.description)} | ${values} |`;
        }),
      ].join('\n'),
    );
  return parts.join('\n\n');
}


/** A one-line `//` comment's text from catalog prose: no line breaks, `*\/` harmless anyway on a line comment. */
const commentText = (text: string): string => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * The API's usage example (TypeScript, not fenced), a module that compiles as pasted: a function
 * that fetches, parses with parseFetchResponse, switches on one code (and on undefined, the codes
 * the catalog lacks), asks for retry advice, then looks a code up and formats a message.
 */
export function usageExample(api: ApiModel): string | undefined {
  const errors = api.codes.filter((c) => c.kind === 'error');
  const propertiesOf = (c: CodeModel): string[] => Object.keys((c.details?.properties as object | undefined) ?? {});
  const hasRequired = (c: CodeModel): boolean => Array.isArray(c.details?.required) && c.details.required.length > 0;
  const featured =
    errors.find(hasRequired) ?? errors.find((c) => propertiesOf(c).length > 0) ?? errors.find((c) => c.params.length > 0) ?? errors[0];
  if (featured === undefined) return undefined;
  // A code whose parameters all have to be passed shows the arity check best: one with a default
  // compiles with the argument left out as well.
  const withParams = errors.find((c) => c.params.length > 0 && c.params.every((p) => p.default === undefined)) ?? errors.find((c) => c.params.length > 0);
  const field = hasRequired(featured) ? (featured.details?.required as string[])[0] : propertiesOf(featured)[0];
  const narrowed =
    field !== undefined
      ? `detailsOf(error)${tsMember(field, true)}; // typed from the catalog's details schema; undefined when what arrived does not match it`
      : featured.params.length > 0
        ? `error.params${tsMember(featured.params[0]?.name ?? '')}; // recovered from the message`
        : 'error.entry.docs; // link to the reference page';
  const lines = [
    `import { ${[...(field === undefined ? [] : ['detailsOf']), ...(withParams === undefined ? [] : ['formatMessage']), 'lookup', 'parseFetchResponse', 'retryAdvice', 'toError'].join(', ')} } from ${tsString(api.packageName)};`,
    '',
    'export async function call(url: string, init?: RequestInit): Promise<unknown> {',
    '  // Or parseResponse(text, { status, headers }) for a body read another way (axios, ky, a Buffer).',
    '  const result = await parseFetchResponse(await fetch(url, init));',
    `  if (result.kind === 'success') return result.data;`,
    '  for (const error of result.errors) {',
    '    switch (error.code) {',
    `      case ${tsCode(featured.code)}:`,
    `        ${narrowed}`,
    '        break;',
    '      case undefined: // a code the catalog does not know (error.rawCode), or no envelope at all (error.reason)',
    '        console.warn(error.message);',
    '        break;',
    '    }',
    '    retryAdvice(error); // never | after-delay (with the delay) | after-reauth (reauth: refresh or authorize)',
    '  }',
    '  throw toError(result); // or handle it',
    '}',
    '',
    `lookup(${tsCode(featured.code)}).status; // ${featured.httpStatus}`,
  ];
  if (withParams !== undefined) {
    // The arguments are the caller's values, as parameters of a function: an example value or a
    // `{name}` placeholder passed as a literal read as if the template wanted that text.
    const names = withParams.params.map((p) => paramVariable(p.name));
    const optional = withParams.params.some((p) => p.default !== undefined);
    lines.push(
      `export const message = (${names.map((n) => `${n}: string`).join(', ')}): string => formatMessage(${tsCode(withParams.code)}, ${names.join(', ')}); // the argument count is checked at compile time${optional ? ' (a parameter with a catalog default may be left out)' : ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * A complete TypeScript module that handles one code: parse a response, narrow to the code, read
 * its details and parameters, format its message. Every snippet is compiled against the built
 * package by test/site/snippets.test.ts, so each line here must type-check for any catalog.
 */
export function codeSnippet(api: ApiModel, c: CodeModel): string {
  const code = tsCode(c.code);
  const uses = [
    ...(detailsRows(c).length === 0 ? [] : ['detailsOf']),
    ...(templated(c) ? ['formatMessage'] : []),
    ...(c.variants.some((v) => v.index > 0 && v.message !== undefined) ? ['formatVariant'] : []),
    'hasCode',
    'parseResponse',
    ...(c.kind === 'error' ? ['retryAdvice'] : []),
  ].sort();
  const lines = [
    `import { ${uses.join(', ')} } from ${tsString(api.packageName)};`,
    '',
    'export async function handle(response: Response): Promise<void> {',
    '  const result = parseResponse(await response.text(), { status: response.status, headers: response.headers });',
    `  // entries: every entry of the body, in order (${c.kind === 'error' ? 'result.errors has the errors only' : 'successes included'})`,
    '  for (const entry of result.entries) {',
    `    if (!hasCode(entry, ${code})) continue; // narrows entry to this code's type`,
  ];
  const rows = detailsRows(c);
  if (rows.length > 0) {
    lines.push("    const details = detailsOf(entry); // the documented shape, or undefined when what arrived does not match it (entry.details is the value as sent)");
    lines.push('    if (details) {');
    for (const r of rows) {
      const type = r.required || r.tsType === 'unknown' ? r.tsType : `${r.tsType} | undefined`;
      // The whole comment through commentText: a property name in the type words is catalog
      // text too, and a line terminator in it (U+2028 included) would end the comment.
      lines.push(`      console.log(details${tsMember(r.name)}); // ${commentText(`${type}${r.description === '' ? '' : `: ${r.description}`}`)}`);
    }
    lines.push('    }');
  }
  // What arrived first: the vendor's own text (the catalog's template only when it sent none).
  const received =
    c.message === undefined
      ? 'the vendor documents no message for this code'
      : c.messageVaries
        ? 'the vendor varies it; the catalog has its usual form'
        : "the catalog's message when the response had none";
  lines.push(`    console.log(entry.message); // the message as received; ${received}`);
  const args = c.params.map((p) => {
    lines.push(`    const ${paramVariable(p.name)} = entry.params${tsMember(p.name)} ?? ${tsString(exampleValue(p))}; // recovered from the received message`);
    return paramVariable(p.name);
  });
  if (templated(c)) {
    lines.push(`    console.log(formatMessage(${[code, ...args].join(', ')})); // the catalog's template${args.length === 0 ? '' : ' with these parameters filled in'}`);
  }
  // The other documented variants' messages, with example values for their parameters: the first
  // few (a code can have dozens; lookup(code).variants lists them all).
  const others = c.variants.slice(1).filter((v) => v.message !== undefined);
  for (const v of others.slice(0, SNIPPET_VARIANTS)) {
    const values = v.params.map((p) => tsString(exampleValue(p)));
    lines.push(`    console.log(formatVariant(${[code, String(v.index), ...values].join(', ')})); // variant ${v.index}: HTTP ${v.httpStatuses.join(', ')}`);
  }
  const more = others.length - SNIPPET_VARIANTS;
  if (more > 0) lines.push(`    // … ${more} more documented variant${more === 1 ? '' : 's'}: lookup(${code}).variants lists them all`);
  if (c.kind === 'error') lines.push('    console.log(retryAdvice(entry)); // ' + commentText(retryWords(c)));
  lines.push('  }', '}');
  return lines.join('\n');
}

/**
 * Whether a code's snippet formats the catalog's template too: when it has parameters (the call
 * shows them checked) or the vendor varies the message (the template is the usual form). A fixed
 * message without parameters is what `entry.message` shows already.
 */
const templated = (c: CodeModel): boolean => c.message !== undefined && (c.params.length > 0 || c.messageVaries);

/** Variants a code's snippet formats; the rest are counted in a comment. */
const SNIPPET_VARIANTS = 2;

/**
 * The value a snippet passes for a parameter: the catalog's example or default, else the
 * parameter's name in braces, which is what formatMessage itself writes for a missing one: never
 * the bare name, which reads as a real value (`formatMessage(1020, "method")`).
 */
export function exampleValue(p: Pick<ParamModel, 'name' | 'example' | 'default'>): string {
  return p.example ?? p.default ?? `{${p.name}}`;
}

/** A parameter's local variable: its name (catalog param names are camelCase identifiers), kept off reserved words. */
function paramVariable(name: string): string {
  return RESERVED.has(name) ? `${name}Value` : name;
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with implements interface let package private protected public static yield await entry result response handle console formatMessage formatVariant hasCode parseResponse retryAdvice'.split(
    ' ',
  ),
);

/**
 * The package's exports as a Markdown table for its README: every function and the types a
 * reader names, with what each is for. Only names (identifiers from the model) and fixed prose.
 */
export function exportsTable(api: ApiModel): string {
  const n = api.names;
  const c = mdCode;
  const rows: Array<[string, string]> = [
    [`${c('parseFetchResponse(res)')}, ${c('parseResponse(body, init?)')}`, 'A fetch `Response`, or a body read another way (text, bytes, parsed JSON) with its `status` and `headers`, into a result: `kind` (`success`, `partial`, `error`), `errors`, `entries`, `headers`, `retryAfterSeconds`. Never throws.'],
    [`${c('lookup(code)')}, ${c('toCode(value)')}, ${c(`is${api.typePrefix}Code(value)`)}`, 'What the catalog says of a code (status, message, variants, retry, docs link), also for an alias or a zero-padded number; a value to the code it is; whether a value is one.'],
    [`${c('hasCode(err, code)')}, ${c(`${n.errorGuard}(value)`)}, ${c('isErrcatError(value)')}`, 'Guards that check fields, not classes, so they work across two copies of the package (ESM and CommonJS side by side).'],
    [`${c('detailsOf(err)')}, ${c('detailsIssues(err)')}`, "A known error's `details` in the documented shape (`undefined` when what arrived does not match its schema), and why not."],
    [`${c('formatMessage(code, ...params)')}, ${c('formatMessageWith(code, params)')}, ${c('formatVariant(code, variant, ...params)')}`, 'The message template filled in, by position or by name, for the primary variant or another one.'],
    [`${c('retryAdvice(err)')}, ${c('isRetryable(code)')}, ${c('backoff(attempt)')}, ${c('isTransientStatus(status)')}`, 'Whether and when to retry (`never`, `after-delay`, `after-reauth`), and a capped, jittered exponential delay for repeated attempts. `isRetryable` is also true for codes that need new credentials first: `retryAdvice` says which.'],
    [`${c('toError(result)')}, ${c(n.errorClass)}, ${c('isErrcatApiError(value)')}, ${c('toProblemDetails(err)')}`, 'An Error to throw that carries the result, and an RFC 9457 problem details object for an API that passes the error on.'],
    [`${c(n.codeUnion)}, ${c(n.codeEnum)}, ${c(n.codeObject)}, ${c(n.codeList)}`, `The codes as a literal union, an enum (imported from ${mdCode(`${api.packageName}/enum`)}, not the package root), an object keyed by name, and an array; each code is also a constant of its name.`],
    [`${c(n.resultError)}, ${c(n.errorUnion)}, ${c(n.unknownError)}, ${c(n.anyError)}, ${c(n.errorMap)}, ${c(n.detailsMap)}`, 'What `result.errors` holds (no success codes), every known error discriminated on `code`, the error of a code the catalog lacks, any entry, and the error and details type of each code.'],
  ];
  return ['| Export | What it is for |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
