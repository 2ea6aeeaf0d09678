/**
 * errors.ts (types only): one interface per code, the discriminated union on `code`, and
 * maps read by indexed access. No Extract<> or conditional types: PERFORMANCE-NOTES.md.
 * Shapes chosen by measurement (docs/benchmarks.md, 5,000 codes): each code's interface declares
 * its own members over one non-generic base per API (extending the generic ErrcatKnownError
 * costs the checker an instantiation per code whenever a consumer narrows the union), and the
 * positional parameter tuples are labeled (`[field: string]`, so arity errors name the parameter);
 * labels make every tuple a distinct type, which cost ~24k instantiations per formatMessage call at
 * 5,000 codes until formatMessage took its tuple through a defaulted type parameter (emit/messages.ts).
 * Both stay structurally identical to ErrcatKnownError<Api, Code, Kind, Params>.
 * The base spells out ErrcatErrorBase's members instead of extending it: an interface that
 * extends a generic interface gets a `this` type, and so does every interface extending it, so
 * each code's interface became generic in `this` and the checker instantiated its members (own and
 * inherited) for every member of the union a consumer narrows: twice the types and ~0.2 s of
 * tsc / ~0.1 s of tsgo at 5,000 codes (bench/type-shapes.ts "this-typed-base").
 */
import type { ApiModel, CodeModel, ParamModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsCode, tsKey, tsString } from './quote.js';
import { writeCodeDoc } from './code-doc.js';
import { renderTs, writeDoc } from './ts-writer.js';

/**
 * ErrcatErrorBase<Api, Cause> of @errcat/runtime (packages/runtime/src/types.ts), member for member
 * with its TSDoc, `Api` being the API's id type and `Cause` its union of errors (causes are read
 * through the same catalog, so they narrow on `code` like the errors around them);
 * test/scale/base-members.test.ts keeps the two equal.
 */
export const ERROR_BASE_MEMBERS: ReadonlyArray<{ readonly doc: string; readonly member: (api: string, cause: string) => string }> = [
  { doc: 'Marks errcat errors across package copies (no reliance on instanceof).', member: () => 'readonly errcat: 1;' },
  { doc: 'Id of the API the error came from, e.g. "zoho-crm".', member: (api) => `readonly api: ${api};` },
  { doc: "The message the vendor sent, or the catalog's formatted template when it sent none.", member: () => 'readonly message: string;' },
  { doc: 'The HTTP status of the response, when known.', member: () => 'readonly status: number | undefined;' },
  { doc: 'Position of the record in the request, for per-record results.', member: () => 'readonly index?: number;' },
  { doc: 'The entry exactly as received.', member: () => 'readonly raw: unknown;' },
  {
    doc: 'The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too.',
    member: (_api, cause) => `readonly causes: readonly ${cause}[];`,
  },
  { doc: 'Seconds the response asked to wait (Retry-After), when it said so.', member: () => 'readonly retryAfterSeconds: number | undefined;' },
];

/**
 * A code's positional parameters as a labeled tuple, `[field: string, unit?: string]`, so that an
 * arity error names the missing parameter ("Expected 2 arguments… An argument for 'field' was not
 * provided"). The label is the parameter's name made an identifier (tupleLabel).
 */
export function tupleType(params: readonly ParamModel[]): string {
  if (params.length === 0) return '[]';
  const used = new Set<string>();
  return `[${params.map((p, i) => `${tupleLabel(p.name, i, used)}${p.default === undefined ? '' : '?'}: string`).join(', ')}]`;
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with implements interface let package private protected public static yield await'.split(' '),
);

/** A parameter name as a tuple label: identifier characters only, unique within the tuple. */
export function tupleLabel(name: string, index: number, used: Set<string>): string {
  let label = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (label === '' || /^[0-9]/.test(label)) label = `_${label}`;
  // A tuple label is an identifier: a reserved word (`[class: string]`) does not parse.
  if (RESERVED.has(label)) label = `${label}_`;
  if (used.has(label)) label = `${label}_${index}`;
  used.add(label);
  return label;
}

export function namedType(params: readonly ParamModel[]): string {
  if (params.length === 0) return 'Record<string, never>';
  return `{ ${params.map((p) => `readonly ${tsKey(p.name)}${p.default === undefined ? '' : '?'}: string;`).join(' ')} }`;
}

/**
 * What a parsed error's `params` may hold: the primary variant's named parameters (read through
 * the map, as before variants), or for a code with several variants every variant's names, each
 * optional, since the message decides which variant's parameters come back.
 */
export function recoveredParamsType(c: CodeModel, namedParamsMap: string): string {
  if (c.variants.length === 1) return `Partial<${namedParamsMap}[${tsCode(c.code)}]>`;
  const names = [...new Set(c.variants.flatMap((v) => v.params.map((p) => p.name)))].sort();
  if (names.length === 0) return 'Partial<Record<string, never>>';
  return `{ ${names.map((n) => `readonly ${tsKey(n)}?: string;`).join(' ')} }`;
}

export function emitErrors(api: ApiModel): GeneratedFile {
  const { names } = api;
  const apiId = tsString(api.id);
  const text = renderTs(api.catalogFile, 'src/errors.ts', (w) => {
    w.writeLine(`import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';`);
    w.writeLine(`import type { ${names.codeUnion} } from './codes.js';`);
    w.blankLine();
    writeDoc(w, [`Id of the API these errors come from.`]);
    w.writeLine(`export type ${names.apiId} = ${apiId};`);
    w.blankLine();
    writeDoc(w, [`Positional template parameters per code: \`formatMessage(code, ...${names.paramsMap}[code])\`.`]);
    w.writeLine(`export interface ${names.paramsMap} {`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${tupleType(c.params)};`)));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`Named template parameters per code, as recovered from messages and accepted by \`formatMessageWith\`.`]);
    w.writeLine(`export interface ${names.namedParamsMap} {`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${namedType(c.params)};`)));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      `Positional template parameters per documented variant, for the codes with more than one: \`formatVariant(code, variant, ...${names.variantParamsMap}[code][variant])\`.`,
    ]);
    w.writeLine(`export interface ${names.variantParamsMap} {`);
    w.indent(() =>
      api.codes
        .filter((c) => c.variants.length > 1)
        .forEach((c) => w.writeLine(`${tsKey(c.code)}: [${c.variants.map((v) => tupleType(v.params)).join(', ')}];`)),
    );
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`The variant indexes of each code with more than one documented variant: what \`formatVariant(code, variant)\` accepts as \`variant\`.`]);
    w.writeLine(`export interface ${names.variantIndexMap} {`);
    w.indent(() =>
      api.codes
        .filter((c) => c.variants.length > 1)
        .forEach((c) => w.writeLine(`${tsKey(c.code)}: ${c.variants.map((_, i) => String(i)).join(' | ')};`)),
    );
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      `What every known error of the ${api.title} carries besides its per-code members: the members of ErrcatErrorBase<${names.apiId}, ${names.anyError}>, and \`known: true\` (see ErrcatKnownError for what each means).`,
    ]);
    w.writeLine(`export interface ${names.knownErrorBase} {`);
    w.indent(() => {
      for (const m of ERROR_BASE_MEMBERS) {
        w.writeLine(`/** ${m.doc} */`);
        w.writeLine(m.member(names.apiId, names.anyError));
      }
      w.writeLine('readonly known: true;');
      w.writeLine('/** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */');
      w.writeLine('readonly rawCode?: undefined;');
      w.writeLine(
        "/** The details exactly as received (an empty object when the entry had none), unchecked: `detailsOf(err)` gives them in the code's documented shape, or undefined when they do not match its schema. */",
      );
      w.writeLine('readonly details: unknown;');
      w.writeLine('/** Which of `entry.variants` the response matched (see ErrcatKnownError). */');
      w.writeLine('readonly variant: number;');
    });
    w.writeLine('}');
    for (const c of api.codes) {
      const code = tsCode(c.code);
      w.blankLine();
      writeCodeDoc(w, c);
      w.writeLine(`export interface ${c.errorTypeName} extends ${names.knownErrorBase} {`);
      w.indent(() => {
        w.writeLine(`readonly code: ${code};`);
        w.writeLine(`readonly kind: ${tsString(c.kind)};`);
        w.writeLine(`readonly params: ${recoveredParamsType(c, names.namedParamsMap)};`);
        w.writeLine(`readonly entry: CodeEntry<${code}>;`);
      });
      w.writeLine('}');
    }
    w.blankLine();
    writeDoc(w, [`Every known error of the ${api.title}, discriminated on \`code\`.`]);
    w.writeLine(`export type ${names.errorUnion} =`);
    w.indent(() => api.codes.forEach((c, i) => w.writeLine(`| ${c.errorTypeName}${i === api.codes.length - 1 ? ';' : ''}`)));
    w.blankLine();
    writeDoc(w, [`A code the catalog does not have yet, kept whole.`]);
    w.writeLine(`export type ${names.unknownError} = ErrcatUnknownError<${apiId}, ${names.anyError}>;`);
    w.blankLine();
    writeDoc(w, [`An entry of a ${api.title} response: a code the catalog knows (\`known: true\`) or one it does not.`]);
    w.writeLine(`export type ${names.anyError} = ${names.errorUnion} | ${names.unknownError};`);
    w.blankLine();
    writeDoc(w, [resultErrorDoc(api)]);
    w.writeLine(`export type ${names.resultError} =`);
    w.indent(() => resultErrorMembers(api).forEach((t, i, all) => w.writeLine(`| ${t}${i === all.length - 1 ? ';' : ''}`)));
    w.blankLine();
    writeDoc(w, [`The error type of each code, read by indexed access: \`${names.errorMap}[C]\`.`]);
    w.writeLine(`export interface ${names.errorMap} {`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${c.errorTypeName};`)));
    w.writeLine('}');
    w.blankLine();
    w.writeLine(`export type { ${names.codeUnion} };`);
  });
  return file('src/errors.ts', text);
}

/** The TSDoc of `<Prefix>ResultError` (shared with bench/plain-emitter.ts). */
export const resultErrorDoc = (api: ApiModel): string =>
  `What a parse result's \`errors\` holds: every known error of the ${api.title} but its success codes (those come in \`entries\` only), or an unknown error. An exhaustive \`switch (err.code)\` over \`result.errors\` lists these codes and \`undefined\`.`;

/**
 * The members of `<Prefix>ResultError`: the error types of the codes that are not successes, then
 * the unknown error. Listed out rather than `Exclude<AnyError, { kind: 'success' }>`: no
 * conditional type over thousands of members in every consumer's check, and a hover shows them.
 */
export const resultErrorMembers = (api: ApiModel): string[] => [...api.codes.filter((c) => c.kind !== 'success').map((c) => c.errorTypeName), api.names.unknownError];
