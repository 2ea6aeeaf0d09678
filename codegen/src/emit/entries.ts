/** entries.ts: code → catalog entry (status, kind, template, retry, docs), alias resolution, code guards. */
import type { ApiModel, CodeModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsCode, tsKey, tsString } from './quote.js';
import { renderTs, writeDoc } from './ts-writer.js';

function entrySource(c: CodeModel): string {
  const fields = [
    `code: ${tsCode(c.code)}`,
    `name: ${tsString(c.name)}`,
    `status: ${c.httpStatus}`,
    `statuses: [${c.httpStatuses.join(', ')}]`,
    `kind: ${tsString(c.kind)}`,
    `message: ${tsString(c.message)}`,
    `params: [${c.params.map((p) => tsString(p.name)).join(', ')}]`,
    `retry: ${tsString(c.retry.strategy)}`,
    ...(c.retry.delaySeconds === undefined ? [] : [`retryDelaySeconds: ${c.retry.delaySeconds}`]),
    `docs: ${tsString(c.docsUrl)}`,
    `group: ${tsString(c.group.id)}`,
    `aliases: [${c.aliases.map(tsCode).join(', ')}]`,
    ...(c.messageVaries ? ['messageVaries: true'] : []),
    ...(c.deprecated === undefined
      ? []
      : [
          `deprecated: { reason: ${tsString(c.deprecated.reason)}${
            c.deprecated.replacedBy === undefined ? '' : `, replacedBy: ${tsCode(c.deprecated.replacedBy)}`
          } }`,
        ]),
  ];
  return `{ ${fields.join(', ')} }`;
}

export function emitEntries(api: ApiModel): GeneratedFile {
  const { names } = api;
  const U = names.codeUnion;
  const text = renderTs(api.catalogFile, 'src/entries.ts', (w) => {
    w.writeLine(`import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';`);
    w.writeLine(`import type { ${U} } from './codes.js';`);
    w.blankLine();
    writeDoc(w, [`What the catalog knows about one code of the ${api.title}.`]);
    w.writeLine(`export type ${names.entry}<C extends ${U} = ${U}> = CodeEntry<C>;`);
    w.blankLine();
    // Keyed by a mapped type, not an index signature: TS does not contextually type a
    // literal property named like an Object.prototype member (`constructor`) from an index signature.
    w.writeLine(`const entries: { readonly [code: string]: ${names.entry} | undefined } = /* @__PURE__ */ table<{ readonly [C in ${U}]: ${names.entry}<C> }>({`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${entrySource(c)},`)));
    w.writeLine('});');
    w.blankLine();
    const aliasPairs = api.codes.flatMap((c) => c.aliases.map((a) => [a, c.code] as const));
    const aliasType = `{ ${aliasPairs.map(([a, c]) => `readonly ${tsKey(a)}: ${tsCode(c)};`).join(' ')} }`;
    w.writeLine(`const aliases: { readonly [alias: string]: ${U} | undefined } = /* @__PURE__ */ table<${aliasType}>({`);
    w.indent(() => aliasPairs.forEach(([a, c]) => w.writeLine(`${tsKey(a)}: ${tsCode(c)},`)));
    w.writeLine('});');
    w.blankLine();
    writeDoc(w, ['Every code, sorted.']);
    w.writeLine(`export const ${names.codeList}: readonly ${U}[] = [`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsCode(c.code)},`)));
    w.writeLine('];');
    w.blankLine();
    writeDoc(w, [
      'The catalog entry of a code. Accepts the wire value, an alias' +
        (api.codeType === 'integer' ? ', or a (zero-padded) digit string' : '') +
        '; anything else gives undefined.',
    ]);
    w.writeLine(`export function lookup<C extends ${U}>(code: C): ${names.entry}<C>;`);
    w.writeLine(`export function lookup(code: unknown): ${names.entry} | undefined;`);
    w.writeLine(`export function lookup(code: unknown): ${names.entry} | undefined {`);
    w.indent(() => {
      w.writeLine(`const key = ${api.codeType === 'string' ? "typeof code === 'string' ? code : undefined" : "normalizeCode(code, 'integer')"};`);
      w.writeLine('if (key === undefined) return undefined;');
      w.writeLine('const entry = entries[key];');
      w.writeLine('if (entry !== undefined) return entry;');
      w.writeLine('const canonical = aliases[key];');
      w.writeLine('return canonical === undefined ? undefined : entries[canonical];');
    });
    w.writeLine('}');
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
      'True when retrying can succeed: after a delay or after re-authentication (see the entry for which).',
      'Kept apart from the entry table so importing it stays small.',
    ]);
    w.writeLine(`export function isRetryable(code: ${U}): boolean {`);
    w.indent(() => w.writeLine('return retryable.has(code);'));
    w.writeLine('}');
  });
  return file('src/retry.ts', text);
}
