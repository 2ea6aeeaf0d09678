/**
 * parse.ts: the package's parseResponse and its typed companions (guards, error class, retry
 * advice, problem details). All of them are thin typed wrappers over @errcat/runtime: the envelope
 * spec below is data, the parser that reads it is generic.
 */
import type { ApiModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsKey, tsMember, tsString } from './quote.js';
import { REEXPORTED_TYPES } from './runtime-reexports.js';
import { renderTs, writeDoc, type Writer } from './ts-writer.js';

const stringList = (values: readonly string[]): string => `[${values.map(tsString).join(', ')}]`;
const numberList = (values: readonly number[]): string => `[${values.join(', ')}]`;

/** Values first, then types, each in code-unit order of the name. */
function importOrder(a: string, b: string): number {
  const key = (line: string): string => `${line.startsWith('type ') ? 1 : 0}${line.replace(/^type /, '')}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function headerType(type: string): string {
  return type === 'string' ? 'string' : 'number';
}

function headerEntries(api: ApiModel) {
  return Object.entries(api.envelope.headers ?? {})
    .filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The envelope as the runtime's ParseSpec: every catalog string quoted, `example` and prose left out. */
function writeSpec(w: Writer, api: ApiModel): void {
  const env = api.envelope;
  w.writeLine('const spec: ParseSpec = {');
  w.indent(() => {
    w.writeLine(`api: ${tsString(api.id)},`);
    w.writeLine(`codeField: ${tsString(env.codeField)},`);
    w.writeLine(`codeType: ${tsString(env.codeType)},`);
    w.writeLine(`messageFields: ${stringList(env.messageFields)},`);
    if (env.detailsField !== undefined) w.writeLine(`detailsField: ${tsString(env.detailsField)},`);
    if (env.statusField !== undefined) w.writeLine(`statusField: ${tsString(env.statusField)},`);
    if (env.recordArrays !== undefined) w.writeLine(`recordArrays: ${stringList(env.recordArrays)},`);
    if (env.entryPaths !== undefined) w.writeLine(`entryPaths: ${stringList(env.entryPaths)},`);
    if (env.nestedErrorsPath !== undefined) w.writeLine(`nestedErrorsPath: ${tsString(env.nestedErrorsPath)},`);
    if (env.partialStatuses !== undefined) w.writeLine(`partialStatuses: ${numberList(env.partialStatuses)},`);
    if (env.emptyBodyStatuses !== undefined) w.writeLine(`emptyBodyStatuses: ${numberList(env.emptyBodyStatuses)},`);
    const headers = headerEntries(api);
    if (headers.length > 0) {
      w.writeLine('headers: {');
      w.indent(() => {
        for (const [key, h] of headers) w.writeLine(`${tsKey(key)}: { header: ${tsString(h.header)}, type: ${tsString(h.type)} },`);
      });
      w.writeLine('},');
    }
  });
  w.writeLine('};');
}

/**
 * The parser's optional features (runtime parse/features.ts) this catalog needs, as
 * `[feature key, runtime export]`: a bundle of parseResponse carries only these.
 */
export function parserFeatures(api: ApiModel): Array<readonly [key: string, runtimeExport: string]> {
  const env = api.envelope;
  const out: Array<readonly [string, string]> = [];
  if (headerEntries(api).length > 0) out.push(['headers', 'headerReader']);
  if ((env.entryPaths ?? []).length > 0) out.push(['entryPaths', 'entryPathReader']);
  if (env.nestedErrorsPath !== undefined) out.push(['causes', 'readCauses']);
  if (api.codes.some((c) => c.variants.length > 1)) out.push(['variants', 'pickVariant']);
  if (api.codeType === 'integer') out.push(['integerCodes', 'normalizeCode']);
  return out;
}

/**
 * A line of `detailsOf` on the first code (an error before a success) whose schema names a property that is a plain
 * identifier. JSDoc tags are not escaped (writeDoc), so the line holds no catalog text but the
 * code's constant (an identifier) and that property name.
 */
function detailsExample(api: ApiModel): string[] {
  // An error code first: the example is about handling a failure, and success codes rarely have details worth reading.
  for (const c of [...api.codes.filter((x) => x.kind !== 'success'), ...api.codes.filter((x) => x.kind === 'success')]) {
    const access = Object.keys((c.details?.properties as object | undefined) ?? {})
      .map((name) => tsMember(name, true))
      .find((m) => m.startsWith('?.') && !m.startsWith('?.['));
    if (access === undefined) continue;
    return ['@example', '```ts', `if (hasCode(err, ${c.ident})) detailsOf(err)${access}; // typed; undefined when the details do not match`, '```'];
  }
  return [];
}

const featureList = (features: ReturnType<typeof parserFeatures>): string =>
  features.length === 0 ? '{}' : `{ ${features.map(([key, name]) => `${key}: ${name}`).join(', ')} }`;

export function emitParse(api: ApiModel): GeneratedFile {
  const features = parserFeatures(api);
  const n = api.names;
  const apiId = tsString(api.id);
  const text = renderTs(api.catalogFile, 'src/parse.ts', (w) => {
    w.writeLine('import {');
    w.indent(() => {
      // Values, then types: every re-exported type (one imported as a value already is not repeated).
      const values = [
        'ErrcatApiError,',
        'backoff,',
        'checkErrorDetails,',
        'composeParser,',
        'hasCode as hasErrcatCode,',
        'isErrcatApiError,',
        'isErrcatError,',
        'isTransientStatus,',
        'parseFetch,',
        'retryAdvice as retryAdviceOf,',
        'toProblemDetails as problemDetailsOf,',
        ...features.map(([, name]) => `${name},`),
      ];
      const valueNames = new Set(values.map((line) => line.replace(/,$/, '')));
      const types = ['ParseSpec', ...REEXPORTED_TYPES.filter((t) => !valueNames.has(t))].map((t) => `type ${t},`);
      for (const line of [...values, ...types].sort(importOrder)) w.writeLine(line);
    });
    w.writeLine(`} from '@errcat/runtime';`);
    w.writeLine(`import type { ${n.codeUnion} } from './codes.js';`);
    w.writeLine(`import type { ${n.detailsMap} } from './details.js';`);
    w.writeLine(`import { lookup } from './entries.js';`);
    w.writeLine(`import type { ${n.anyError}, ${n.apiId}, ${n.errorUnion}, ${n.errorMap}, ${n.resultError}, ${n.unknownError} } from './errors.js';`);
    w.writeLine(`import { detailsValidators } from './validators.js';`);
    w.blankLine();
    w.writeLine('export { backoff, isErrcatApiError, isErrcatError, isTransientStatus };');
    w.writeLine(`export type { ${REEXPORTED_TYPES.join(', ')} };`);
    // Declared in errors.ts beside the errors its causes are; `./parse` exports them with the result they make up.
    w.writeLine(`export type { ${n.anyError}, ${n.resultError} };`);
    w.blankLine();

    writeDoc(w, [`Response headers of the ${api.title} surfaced on every parse result (read case-insensitively).`]);
    // A type alias, not an interface: an object type alias is assignable to the runtime's
    // index-signature ErrcatHeaders, so every package's result is an ErrcatParseResult.
    w.writeLine(`export type ${n.responseHeaders} = {`);
    w.indent(() => {
      for (const [key, h] of headerEntries(api)) {
        writeDoc(w, [`\`${h.header}\`${h.type === 'seconds-or-date' ? ', in seconds' : ''}: ${h.description}`]);
        w.writeLine(`readonly ${tsKey(key)}?: ${headerType(h.type)};`);
      }
    });
    w.writeLine('};');
    w.blankLine();
    writeDoc(w, [`What parseResponse returns, discriminated on \`kind\` ('success' | 'partial' | 'error').`]);
    w.writeLine(`export type ${n.parseResult} = ErrcatParseResult<${n.apiId}, ${n.anyError}, ${n.responseHeaders}, ${n.resultError}>;`);
    w.blankLine();
    writeSpec(w, api);
    w.blankLine();
    w.writeLine(
      `const parse = /* @__PURE__ */ composeParser<${n.parseResult}>(spec, { lookup }, ${featureList(features)});`,
    );
    w.blankLine();
    writeDoc(
      w,
      [
        `Reads any ${api.title} response body (the text, its bytes, or a value already parsed from JSON) into typed errors. Never throws: a body that is not the API's envelope (an HTML page, malformed JSON, \`null\`, …) gives an \`error\` result whose unknown error says what arrived.`,
        'Pass the HTTP status (used when the body carries no code) and the headers (for the values the catalog names, such as Retry-After).',
      ],
      ['@example', '```ts', 'const result = parseResponse(await res.text(), { status: res.status, headers: res.headers });', "if (result.kind !== 'success') throw toError(result);", '```'],
    );
    // One generic signature (runtime parse/types.ts): a body typed `unknown` (Node's `res.json()`)
    // passes while a Response or a Promise fails with ErrcatNotABody's advice, also where
    // parseResponse is passed as a callback (`fetch(url).then(parseResponse)`). Overloads would
    // not hold there: against a callback type, a generic overload is compared with `any` for B.
    w.writeLine(`export function parseResponse<B>(body: ErrcatBody<B>, init?: ErrcatParseInit): ${n.parseResult} {`);
    w.indent(() => w.writeLine('return parse(body, init);'));
    w.writeLine('}');
    w.blankLine();
    writeDoc(
      w,
      [
        `Reads a fetch \`Response\` once (its text, then its status and headers, through the same guards as parseResponse) and parses it as parseResponse does. Consumes the body (clone the response first to read it again). Resolves whatever the body holds; rejects only when the body cannot be read at all (a network error mid-body, a body already used), as \`res.text()\` does.`,
      ],
      ['@example', '```ts', 'const result = await parseFetchResponse(await fetch(url, { headers }));', "if (result.kind !== 'success') throw toError(result);", '```'],
    );
    w.writeLine(`export function parseFetchResponse(res: FetchResponseLike, init?: ErrcatFetchInit): Promise<${n.parseResult}> {`);
    w.indent(() => w.writeLine('return parseFetch(parse, res, init);'));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`True for an error parsed from a ${api.title} response, by any copy of this package.`]);
    w.writeLine(`export function ${n.errorGuard}(value: unknown): value is ${n.anyError} {`);
    w.indent(() => w.writeLine(`return isErrcatError(value) && value.api === ${apiId};`));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      `True when \`value\` is a known ${api.title} error with this code; narrows it to the code's own type, so \`params\` is typed and \`detailsOf(value)\` gives its details in the documented shape. Aliases are resolved by parseResponse: compare with the canonical code.`,
    ]);
    w.writeLine(`export function hasCode<C extends ${n.codeUnion}>(value: unknown, code: C): value is ${n.errorMap}[C] {`);
    w.indent(() => w.writeLine(`return hasErrcatCode(value, code, ${apiId});`));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      `Thrown by code that prefers exceptions: \`throw toError(result)\`. Carries the result, its errors, the HTTP status and the raw body; \`message\` names the first error's code and message.`,
    ]);
    w.writeLine(`export class ${n.errorClass} extends ErrcatApiError<${n.parseResult}> {`);
    w.indent(() => w.writeLine(`override readonly name = ${tsString(n.errorClass)};`));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`A ${n.errorClass} for a parse result (typically one whose kind is not 'success').`]);
    w.writeLine(`export function toError(result: ${n.parseResult}): ${n.errorClass} {`);
    w.indent(() => w.writeLine(`return new ${n.errorClass}(result);`));
    w.writeLine('}');
    w.blankLine();
    writeDoc(
      w,
      [
        `The details of a known ${api.title} error in the shape the catalog documents for its code, or undefined when what arrived does not match the code's JSON Schema (\`detailsIssues(error)\` says why; \`error.details\` is the value as sent). The one guard between a narrowed code and typed details. The check runs here, not in parseResponse, so the schemas and their validator are in a bundle only where this is called.`,
      ],
      detailsExample(api),
    );
    // json-schema-to-typescript keys the details map by the code's text ("4000"), which a number
    // literal cannot index: an integer code is read through its template literal type.
    const key = api.codeType === 'integer' ? "`${E['code']}`" : "E['code']";
    w.writeLine(`export function detailsOf<E extends ${n.errorUnion}>(error: E): ${n.detailsMap}[${key}] | undefined {`);
    w.indent(() =>
      w.writeLine(`return checkErrorDetails(detailsValidators, ${apiId}, error).length === 0 ? (error.details as ${n.detailsMap}[${key}]) : undefined;`),
    );
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      "Why a known error's details do not match the catalog's JSON Schema for its code (a JSON pointer into the details, the keyword and a message, worded as ajv words them); empty when they match.",
    ]);
    w.writeLine(`export function detailsIssues(error: ${n.errorUnion}): readonly DetailsIssue[] {`);
    w.indent(() => w.writeLine(`return checkErrorDetails(detailsValidators, ${apiId}, error);`));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      "Whether and when to retry, from the catalog: `never`, `after-delay` (Retry-After when the response sent it, else the catalog's delay) or `after-reauth` (the same credentials fail again: its `reauth` says whether to `refresh` the access token or `authorize` again, where refreshing cannot help). A code the catalog does not know is retried after a delay under a transient status (408, 429, 502, 503, 504, proxies' and gateways' timeouts: isTransientStatus) or when the response sent Retry-After. Pair `delaySeconds` with `backoff(attempt)` for repeated attempts.",
    ]);
    w.writeLine(`export function retryAdvice(error: ${n.anyError}): RetryAdvice {`);
    w.indent(() => w.writeLine('return retryAdviceOf(error);'));
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      "An RFC 9457 problem details object: `type` is the code's reference page (`about:blank` for unknown codes), `detail` the message, `status` 4xx or 5xx only (left out for an error the vendor only sends under 2xx); `code` and `details` are extension members.",
    ]);
    // Overloads, not a conditional type: a known error keeps its code literal and details type; an
    // unknown one (code undefined) gives the code it was sent with.
    w.writeLine(`export function toProblemDetails<E extends ${n.errorUnion}>(error: E): ErrcatProblemDetails<E['code'], E['details']>;`);
    w.writeLine(`export function toProblemDetails(error: ${n.anyError}): ErrcatProblemDetails<${n.codeUnion} | WireCode | undefined, unknown>;`);
    w.writeLine(`export function toProblemDetails(error: ${n.anyError}): ErrcatProblemDetails<${n.codeUnion} | WireCode | undefined, unknown> {`);
    w.indent(() => w.writeLine('return problemDetailsOf(error);'));
    w.writeLine('}');
  });
  return file('src/parse.ts', text);
}
