/** entries.ts: code → catalog entry (status, kind, template, retry, docs), alias resolution, code guards. */
import { docsPath, type ApiModel, type CodeModel, type ParamModel, type VariantModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsCode, tsString } from './quote.js';
import { renderTs, writeDoc } from './ts-writer.js';

/**
 * `[status, template, params, group, extras]`: extras hold only what differs from the defaults
 * entryFromRow (@errcat/runtime) fills in, so each fact is in the bundle once.
 */
function rowSource(c: CodeModel): string {
  const extras: string[] = [];
  if (c.name !== String(c.code)) extras.push(`name: ${tsString(c.name)}`);
  const primary = c.variants[0] as VariantModel;
  if (primary.httpStatuses.length !== 1 || primary.httpStatuses[0] !== c.httpStatus) extras.push(`statuses: [${primary.httpStatuses.join(', ')}]`);
  if (c.kind !== 'error') extras.push(`kind: ${tsString(c.kind)}`);
  if (c.retry.strategy !== 'never') extras.push(`retry: ${tsString(c.retry.strategy)}`);
  if (c.retry.reauth !== undefined) extras.push(`reauth: ${tsString(c.retry.reauth)}`);
  if (c.retry.delaySeconds !== undefined) extras.push(`retryDelaySeconds: ${c.retry.delaySeconds}`);
  // The docs URL is docsBaseUrl + page and anchor (model.ts); entryFromRow's default is the
  // group's page and the lowercased name, which only an anchor moved off a heading's slug differs from.
  const page = docsPath(c.docsPage, c.anchor);
  if (page !== docsPath(c.group.id, c.name.toLowerCase())) extras.push(`page: ${tsString(page)}`);
  if (c.aliases.length > 0) extras.push(`aliases: [${c.aliases.map(tsCode).join(', ')}]`);
  if (c.messageVaries) extras.push('messageVaries: true');
  if (c.deprecated !== undefined) {
    const replacedBy = c.deprecated.replacedBy === undefined ? '' : `, replacedBy: ${tsCode(c.deprecated.replacedBy)}`;
    extras.push(`deprecated: { reason: ${tsString(c.deprecated.reason)}${replacedBy} }`);
  }
  if (hasDefaults(c.params)) extras.push(`paramDefaults: ${defaultsSource(c.params)}`);
  if (c.variants.length > 1) extras.push(`variants: [${c.variants.slice(1).map(variantRowSource).join(', ')}]`);
  const fields = [
    String(c.httpStatus),
    c.message === undefined ? 'null' : tsString(c.message),
    `[${c.params.map((p) => tsString(p.name)).join(', ')}]`,
    tsString(c.group.id),
    ...(extras.length === 0 ? [] : [`{ ${extras.join(', ')} }`]),
  ];
  return `[${fields.join(', ')}]`;
}

const hasDefaults = (params: readonly ParamModel[]): boolean => params.some((p) => p.default !== undefined);

function defaultsSource(params: readonly ParamModel[]): string {
  return `[${params.map((p) => (p.default === undefined ? 'undefined' : tsString(p.default))).join(', ')}]`;
}

/** `[statuses, template, params, defaults?]` (VariantRow in @errcat/runtime). A variant always has a message. */
function variantRowSource(v: VariantModel): string {
  const fields = [
    `[${v.httpStatuses.join(', ')}]`,
    tsString(v.message ?? ''),
    `[${v.params.map((p) => tsString(p.name)).join(', ')}]`,
    ...(hasDefaults(v.params) ? [defaultsSource(v.params)] : []),
  ];
  return `[${fields.join(', ')}]`;
}

export function emitEntries(api: ApiModel): GeneratedFile {
  const { names } = api;
  const U = names.codeUnion;
  const text = renderTs(api.catalogFile, 'src/entries.ts', (w) => {
    // normalizeCode only where lookup calls it (integer codes): an unused import is noise in the package.
    w.writeLine(`import { entryLookup, ${api.codeType === 'integer' ? 'normalizeCode, ' : ''}type CodeEntry } from '@errcat/runtime';`);
    w.writeLine(`import type { ${U} } from './codes.js';`);
    w.blankLine();
    writeDoc(w, [`What the catalog knows about one code of the ${api.title}.`]);
    w.writeLine(`export type ${names.entry}<C extends ${U} = ${U}> = CodeEntry<C>;`);
    w.blankLine();
    writeDoc(w, ['Every code, sorted.']);
    w.writeLine(`export const ${names.codeList}: readonly ${U}[] = [`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsCode(c.code)},`)));
    w.writeLine('];');
    w.blankLine();
    // One row per code, in the order of the code list: each code is written once in the package
    // (the list), not again as a key of this table and of the details schemas' (validators.ts).
    // Aliases sit in their code's row only; the runtime's entryLookup indexes them on first miss.
    // `lookup` is the runtime's lookup itself, typed by its overloads: a wrapper function around it
    // cost every bundle ~25 bytes, which a 10-code catalog's tables could not afford (issue 15's 1.3×).
    writeDoc(w, [
      'The catalog entry of a code. Accepts the wire value, an alias' +
        (api.codeType === 'integer' ? ', or a (zero-padded) digit string' : '') +
        '; anything else gives undefined.',
    ]);
    w.writeLine(`export const lookup: {`);
    w.indent(() => {
      w.writeLine(`<C extends ${U}>(code: C): ${names.entry}<C>;`);
      w.writeLine(`(code: unknown): ${names.entry} | undefined;`);
    });
    w.writeLine(`} = /* @__PURE__ */ entryLookup<${names.entry}>(${names.codeList}, [`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${rowSource(c)},`)));
    w.writeLine(`], ${tsString(api.docsBaseUrl)}${api.codeType === 'integer' ? ', normalizeCode' : ''}) as typeof lookup;`);
    w.blankLine();
    writeDoc(w, [`The canonical code for a wire value or alias, or undefined when the catalog does not know it.`]);
    w.writeLine(`export function toCode(value: unknown): ${U} | undefined {`);
    w.indent(() => w.writeLine('return lookup(value)?.code;'));
    w.writeLine('}');
    w.blankLine();
    // The guard reads a Set of the codes, not the entry table: importing it alone must not pull
    // every message and docs URL into a bundle (the table is pure, so unused it is dropped).
    w.writeLine(`const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<${U}>(${names.codeList});`);
    w.blankLine();
    writeDoc(w, [`True when the value is exactly one of the catalog's codes (aliases and padded strings are not).`]);
    w.writeLine(`export function is${U}(value: unknown): value is ${U} {`);
    w.indent(() => w.writeLine('return known.has(value);'));
    w.writeLine('}');
  });
  return file('src/entries.ts', text);
}

export function emitRetry(api: ApiModel): GeneratedFile {
  const U = api.names.codeUnion;
  const text = renderTs(api.catalogFile, 'src/retry.ts', (w) => {
    w.writeLine(`import type { ${U} } from './codes.js';`);
    w.blankLine();
    w.writeLine(`const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<${U}>([`);
    w.indent(() => api.codes.filter((c) => c.retry.strategy !== 'never').forEach((c) => w.writeLine(`${tsCode(c.code)},`)));
    w.writeLine(']);');
    w.blankLine();
    writeDoc(w, [
      'True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.',
      'Kept apart from the entry table so importing it stays small.',
    ]);
    w.writeLine(`export function isRetryable(code: ${U}): boolean {`);
    w.indent(() => w.writeLine('return retryable.has(code);'));
    w.writeLine('}');
  });
  return file('src/retry.ts', text);
}
