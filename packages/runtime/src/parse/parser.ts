/**
 * The one data-driven parser behind every generated package's `parseResponse`. The envelope spec
 * says where the code, message and details are; the package's tables say what each code means.
 *
 * Hot path (a single JSON error): one JSON.parse, a few own-property reads, one table lookup.
 * Details are handed over as received; the package's detailsOf checks them when asked
 * (details-check.ts). No copying of the input: values from the body are only read, never merged
 * into other objects, so hostile keys (`__proto__`) have nothing to pollute.
 *
 * The spec is compiled into constants that the reading functions close over, rather than into an
 * object they are handed: a minifier renames closure variables but never property names, which
 * kept ~1 KB of `c.codeField`-style reads in every bundle (issue 15), and closure reads are as
 * fast as reads of one monomorphic object.
 */
import { formatTemplate } from '../template.js';
import type { CodeEntry, CodeVariant, ErrcatError, ErrcatKnownError, ErrcatUnknownError, UnknownReason } from '../types.js';
import {
  classifyMarkup,
  describeEmpty,
  describeHolder,
  describeJsonValue,
  describeMalformed,
  describeMarkup,
  describeNoCode,
  describeRecordWithoutCode,
  describeText,
  describeUnknownCode,
  describeUnreadable,
  type Holder,
} from './describe.js';
import { missingFeature, type ParserFeatures } from './features.js';
import type { HeaderRule } from './headers.js';
import { messageText } from './message-text.js';
import type { EntryPath } from './paths.js';
import { readInit } from './safe-read.js';
import { firstVariant, paramsOf } from './variant.js';
import type { ErrcatHeaders, ErrcatParseInit, ErrcatParseResult, ParseSpec, ParseTables, Received, ErrcatParseWarning } from './types.js';
import { MAX_CAUSE_DEPTH, MAX_PATH_STEPS, WalkBudget } from './walk-budget.js';

/**
 * The WHATWG decoder of every runtime the package supports (browsers, Node, Deno, Bun, workers),
 * declared here because the runtime compiles without the DOM lib.
 */
declare const TextDecoder: new (label: 'utf-8', options: { ignoreBOM: boolean }) => { decode(input: ArrayBuffer | ArrayBufferView): string };

const DEFAULT_EMPTY_STATUSES: readonly number[] = [204, 205, 304];

const NONE: readonly never[] = Object.freeze([]) as readonly never[];
const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});
const NO_HEADERS: ErrcatHeaders = Object.freeze({});

/** Per-response state shared by every entry of one response. */
interface Context {
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** What reading the init (status, headers) warned about. */
  readonly initWarnings: readonly ErrcatParseWarning[];
  readonly headers: ErrcatHeaders;
  /** The body as given: every result's and failure's `raw`. */
  readonly raw: unknown;
  /** Budgets of this response's lists and causes (walk-budget.ts), made when first needed. */
  walk: WalkBudget | undefined;
}

const walkOf = (x: Context): WalkBudget => (x.walk ??= new WalkBudget());

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type AnyResult = ErrcatParseResult<string, ErrcatError, ErrcatHeaders>;
type AnyKnownError = Mutable<ErrcatKnownError<string, string | number, CodeEntry['kind'], Readonly<Record<string, string>>>>;

const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value JSON can hold, other than an object (the parser reads objects as entries or payloads). */
const isJsonValue = (value: unknown): boolean => value === null || Array.isArray(value) || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const is2xx = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

function isWhitespace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09 || ch === 0xfeff;
}

/** Characters that can start a JSON text other than an object or array. */
function startsScalar(ch: number): boolean {
  return ch === 0x22 || ch === 0x2d || (ch >= 0x30 && ch <= 0x39) || ch === 0x74 || ch === 0x66 || ch === 0x6e;
}

const toTag = Object.prototype.toString;

/**
 * The body's bytes, when it is bytes: any view (a Buffer, a Uint8Array), or an ArrayBuffer or
 * SharedArrayBuffer, also one made in another realm (a worker, an iframe, Node's vm), which
 * `instanceof ArrayBuffer` misses. Shared memory is copied first: TextDecoder may refuse it.
 */
function bytesOf(body: object): ArrayBuffer | ArrayBufferView | undefined {
  const view = ArrayBuffer.isView(body);
  const buffer: object = view ? body.buffer : body;
  if (buffer instanceof ArrayBuffer) return body as ArrayBuffer | ArrayBufferView;
  const tag = toTag.call(buffer);
  if (tag === '[object SharedArrayBuffer]') return (view ? new Uint8Array(buffer as ArrayBuffer, body.byteOffset, body.byteLength) : new Uint8Array(buffer as ArrayBuffer)).slice();
  return tag === '[object ArrayBuffer]' ? (body as ArrayBuffer | ArrayBufferView) : undefined;
}

/**
 * What a value holding a body is, when it is one: what ErrcatBody refuses, told apart by the same
 * methods. A probe that throws (a getter, a Proxy trap) says no holder: the value is read as
 * before, and its entries are not lost to the probe.
 */
function bodyHolder(o: { then?: unknown; arrayBuffer?: unknown; getReader?: unknown; pipe?: unknown }): Holder | undefined {
  try {
    if (typeof o.then === 'function') return 0;
    // Streams first: undici's body stream has arrayBuffer too, and no status for parseFetchResponse.
    if (typeof o.getReader === 'function' || typeof o.pipe === 'function') return 2;
    return typeof o.arrayBuffer === 'function' ? 1 : undefined;
  } catch {
    return undefined;
  }
}

function safeDescribe(error: unknown): string {
  try {
    return describeUnreadable(error);
  } catch {
    return 'The response value could not be read';
  }
}

/**
 * A parse function for one API, made of the core and the optional features its spec needs
 * (features.ts): generated packages call this with exactly those, so their bundles carry no other.
 * Whatever `body` is, the function returns a result and never throws. Throws a TypeError when the
 * spec uses a part (headers, entry paths, nested errors) whose feature is not passed.
 */
export function composeParser<R extends ErrcatParseResult<string, unknown, object> = ErrcatParseResult<string, ErrcatError, ErrcatHeaders>>(
  spec: ParseSpec,
  tables: ParseTables,
  features: ParserFeatures,
): (body: unknown, init?: ErrcatParseInit) => R {
  const missing = missingFeature(spec, features);
  // A programming error of whoever composes the parser (generated packages pass what their spec
  // needs): refused when the parser is made, never silently ignored at parse time.
  if (missing !== undefined) throw new TypeError(`errcat: the spec for ${spec.api} uses ${missing}; pass the ${missing} feature`);

  // ---- the spec, compiled ----
  const { api, codeField, detailsField, statusField } = spec;
  const stringCoded = spec.codeType === 'string';
  const messageFields = [...spec.messageFields];
  /** Null-prototype set of record array names; `*` (any array of entries) sets anyRecordArray. */
  const recordArrays = Object.create(null) as { [name: string]: true | undefined };
  let anyRecordArray = false;
  for (const name of spec.recordArrays ?? []) {
    if (name === '*') anyRecordArray = true;
    else recordArrays[name] = true;
  }
  /** Any record array named (or `*`): when not, no body's keys need scanning. */
  const hasRecordArrays = anyRecordArray || Object.keys(recordArrays).length > 0;
  const pathReader = features.entryPaths;
  /** The entry paths as the spec writes them (for the warning on a path cut short), and compiled. */
  const pathTexts = spec.entryPaths ?? NONE;
  const entryPaths: readonly EntryPath[] = pathReader === undefined ? NONE : pathTexts.map(pathReader.compile);
  /** Paths that cross an array (`portal_invite[].data[]`): a body without arrays cannot reach their end. */
  const crossesArray = entryPaths.map((path) => path.some((step) => step.each));
  /** Whether a body holds a key some entry path starts with (paths.ts): one pass over its keys. */
  const holdsPathStart = pathReader?.starts?.(entryPaths);
  let nestedPath = spec.nestedErrorsPath?.split('.');
  /** The nested path starts at the details field: follow it from the details already read. */
  const nestedFromDetails = nestedPath !== undefined && nestedPath.length > 1 && nestedPath[0] === detailsField;
  if (nestedFromDetails) nestedPath = nestedPath?.slice(1);
  const partialStatuses = [...(spec.partialStatuses ?? [])];
  const emptyStatuses = [...(spec.emptyBodyStatuses ?? DEFAULT_EMPTY_STATUSES)];
  const headerRules: readonly HeaderRule[] = features.headers === undefined || spec.headers === undefined ? NONE : features.headers.rules(spec.headers);
  const { lookup } = tables;
  const { causes: nestedReader, variants: pickVariant, integerCodes } = features;

  const carriesCode = (item: unknown): boolean => isRecord(item) && hasOwn(item, codeField);

  /** An array holds entries when at least one item is an object carrying the code field. */
  function isEntryArray(value: unknown): value is readonly unknown[] {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (carriesCode(value[i])) return true;
    return false;
  }

  /**
   * The first message field holding text; an array of strings (`"error": ["…", "…"]`) is joined
   * with "; ". Empty text is no message: the next field, else the catalog's template or the words
   * for what arrived, says more than `""` would (the entry itself stays on `raw`).
   */
  function readMessage(o: Record<string, unknown>): string | undefined {
    for (let i = 0; i < messageFields.length; i++) {
      const field = messageFields[i] as string;
      const value = o[field];
      if (typeof value === 'string') {
        if (value !== '' && hasOwn(o, field)) return value;
      } else if (value !== undefined && hasOwn(o, field)) {
        const text = messageText(value);
        if (text !== undefined && text !== '') return text;
      }
    }
    return undefined;
  }

  /** `start` is the entry, or its details when the path begins there (already read once). */
  function readCauses(x: Context, start: unknown, depth: number): readonly ErrcatError[] {
    if (nestedPath === undefined || nestedReader === undefined) return NONE;
    let value: unknown = start;
    for (let i = 0; i < nestedPath.length; i++) {
      if (!isRecord(value)) return NONE;
      const key = nestedPath[i] as string;
      const next: unknown = value[key];
      value = next !== undefined && hasOwn(value, key) ? next : undefined;
    }
    if (!Array.isArray(value) || value.length === 0) return NONE;
    // Too deep: left out, and counted once per list that holds an entry (walk-budget.ts skipDeep).
    if (depth >= MAX_CAUSE_DEPTH) {
      walkOf(x).skipDeep(value, carriesCode);
      return NONE;
    }
    // Whether the list holds an entry at all is the reader's to find out, after it looked the
    // list up among those already read: a list shared by n entries is scanned once, not n times.
    return nestedReader(walkOf(x), value, carriesCode, (item) => readEntry(x, item, undefined, depth + 1));
  }

  /**
   * The code as sent, when it is one (integer-coded APIs normalize digit strings as lookup does).
   * `raw` is the lookup key: a string-coded API's finite number is its decimal text already.
   */
  function wireCode(raw: unknown): string | number | undefined {
    if (!stringCoded && integerCodes !== undefined) {
      const n = integerCodes(raw, 'integer');
      if (n !== undefined) return n;
    }
    return typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : undefined;
  }

  function unknownError(
    x: Context,
    code: string | number | undefined,
    kind: 'error' | 'success',
    message: string,
    details: unknown,
    raw: unknown,
    reason: UnknownReason,
    index: number | undefined,
    causes: readonly ErrcatError[],
  ): ErrcatUnknownError {
    const error: Mutable<ErrcatUnknownError> = {
      errcat: 1,
      api,
      known: false,
      code: undefined,
      rawCode: code,
      kind,
      message,
      status: x.status,
      details,
      params: NO_PARAMS,
      entry: undefined,
      reason,
      raw,
      causes,
      retryAfterSeconds: x.retryAfterSeconds,
    };
    if (index !== undefined) error.index = index;
    return error;
  }

  /** One entry of the body (top-level, per record, or nested) → a known or unknown error. */
  function readEntry(x: Context, value: unknown, index: number | undefined, depth: number): ErrcatError {
    if (!isRecord(value)) {
      return unknownError(x, undefined, 'error', describeRecordWithoutCode(value, index, depth > 0, codeField), undefined, value, 'no-code', index, NONE);
    }
    // Reads are written out at each site (not through a shared helper) so every property access
    // sees one key and stays monomorphic: a shared `own(o, key)` measured ~40% of a single-error parse.
    const codeValue: unknown = value[codeField];
    const rawCode = codeValue !== undefined && hasOwn(value, codeField) ? codeValue : undefined;
    const message = readMessage(value);
    let rawDetails: unknown;
    if (detailsField !== undefined) {
      rawDetails = value[detailsField];
      if (rawDetails !== undefined && !hasOwn(value, detailsField)) rawDetails = undefined;
    }
    const causes = nestedPath === undefined ? NONE : readCauses(x, nestedFromDetails ? rawDetails : value, depth);
    const noCode = rawCode === undefined || rawCode === null;
    // A string-coded API that sent a number means its decimal text.
    const key = stringCoded && typeof rawCode === 'number' && Number.isFinite(rawCode) ? String(rawCode) : rawCode;
    const entry = noCode ? undefined : lookup(key);

    if (entry === undefined) {
      const code = wireCode(key);
      const word = statusField !== undefined && hasOwn(value, statusField) ? value[statusField] : undefined;
      return unknownError(
        x,
        code,
        typeof word === 'string' && word.toLowerCase() === 'success' ? 'success' : 'error',
        message ?? (noCode ? describeRecordWithoutCode(value, index, depth > 0, codeField) : describeUnknownCode(code, rawCode)),
        rawDetails,
        value,
        noCode ? 'no-code' : 'unknown-code',
        index,
        causes,
      );
    }

    // A code with one variant and no parameters has nothing to choose or recover: no template match.
    const only = entry.variants.length === 1 && (entry.variants[0] as CodeVariant).params.length === 0;
    const match = only ? undefined : pickVariant === undefined ? firstVariant(entry, message) : pickVariant(entry, x.status, message);
    const variant = match === undefined ? (entry.variants[0] as CodeVariant) : match.variant;
    const error: AnyKnownError = {
      errcat: 1,
      api,
      known: true,
      code: entry.code,
      kind: entry.kind,
      // No message sent: the matched variant's template (its defaults filled in), or the code's
      // name when the vendor documents none (formatMessage gives the same).
      message: message ?? (variant.message === undefined ? entry.name : formatTemplate(variant.message, variant.paramDefaults ?? NONE, variant.params)),
      status: x.status,
      // As received, unchecked: the package's detailsOf checks them against the code's schema when
      // asked, so a bundle that never asks carries no schemas and no validator (issue 15).
      details: rawDetails === undefined ? {} : rawDetails,
      params: match === undefined ? NO_PARAMS : paramsOf(match, NO_PARAMS),
      entry,
      variant: variant.index,
      raw: value,
      causes,
      retryAfterSeconds: x.retryAfterSeconds,
    };
    if (index !== undefined) error.index = index;
    return error;
  }

  function result(x: Context, entries: readonly ErrcatError[], received: Received, data: unknown): AnyResult {
    let errors: ErrcatError[] | undefined;
    let successes = 0;
    let partials = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as ErrcatError;
      if (e.kind === 'success') successes++;
      else {
        if (e.kind === 'partial') partials++;
        (errors ??= []).push(e);
      }
    }
    return {
      api,
      kind: errors === undefined ? 'success' : successes === 0 && partials === 0 ? 'error' : 'partial',
      status: x.status,
      errors: errors ?? NONE,
      entries,
      headers: x.headers,
      retryAfterSeconds: x.retryAfterSeconds,
      received,
      data,
      raw: x.raw,
      warnings: x.walk === undefined ? x.initWarnings : [...x.initWarnings, ...x.walk.warnings()],
    } as AnyResult;
  }

  /** A response with no entry of the envelope: one unknown error that says what arrived instead. */
  function failure(x: Context, reason: UnknownReason, message: string, received: Received, data: unknown): AnyResult {
    return result(x, [unknownError(x, undefined, 'error', message, undefined, x.raw, reason, undefined, NONE)], received, data);
  }

  /** Items of a list of entries, each read (within the response's budgets) into `out`. */
  function readList(x: Context, list: readonly unknown[], out: ErrcatError[]): void {
    walkOf(x).readList(list, carriesCode, (item, i) => readEntry(x, item, i, 0), out);
  }

  /**
   * Entries in the body's record arrays and entry paths, in body order; undefined when there are
   * none. `arrays` is false when the body's text has no `[`: no value in it can be an array.
   */
  function readRecords(x: Context, data: Record<string, unknown>, arrays: boolean): ErrcatError[] | undefined {
    let entries: ErrcatError[] | undefined;
    if (hasRecordArrays && arrays) {
      const keys = Object.keys(data);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        const list = data[key];
        // The cheap test first: a miss in a large null-prototype table (zoho-crm names 60 arrays)
        // costs a hash probe.
        if (!Array.isArray(list) || (recordArrays[key] !== true && !anyRecordArray)) continue;
        if (isEntryArray(list)) readList(x, list, (entries ??= []));
      }
    }
    if (pathReader === undefined || (holdsPathStart !== undefined && !holdsPathStart(data))) return entries;
    for (let p = 0; p < entryPaths.length; p++) {
      const path = entryPaths[p] as EntryPath;
      // A path whose first key the body lacks, or that crosses an array in a body without one,
      // reaches nothing: skip the walk and its closures.
      if ((!arrays && crossesArray[p] === true) || data[(path[0] as EntryPath[number]).key] === undefined) continue;
      const cut = pathReader.walk(data, path, MAX_PATH_STEPS, (value, index) => {
        if (value[codeField] !== undefined && hasOwn(value, codeField) && walkOf(x).take()) (entries ??= []).push(readEntry(x, value, index, 0));
      });
      if (cut) (walkOf(x).cutPaths ??= []).push(pathTexts[p] as string);
    }
    return entries;
  }

  /** A plain 2xx (not a partial status such as 207): a body without entries is the payload, no failure. */
  const payload = (x: Context): boolean => is2xx(x.status) && !partialStatuses.includes(x.status as number);

  /** A JSON value (parsed from text, or given) → entries. */
  function interpret(x: Context, data: unknown, received: Received, arrays: boolean): AnyResult {
    if (Array.isArray(data) && isEntryArray(data)) {
      const items: ErrcatError[] = [];
      readList(x, data, items);
      return result(x, items, received, data);
    }
    // JSON that holds no entry (`null`, `true`, `[]`, `[{"id":1}]`) is a payload under a plain 2xx,
    // as an object without a code is: a list endpoint's `[]` is no error. A value JSON cannot hold
    // (a function: `res.json` passed uncalled) is no payload.
    if (!isRecord(data)) return payload(x) && isJsonValue(data) ? result(x, NONE, received, data) : failure(x, 'not-an-object', describeJsonValue(data, x.status), received, data);
    if (data[codeField] !== undefined && hasOwn(data, codeField)) {
      // A request-level code can come with per-record results beside it (Zoho Creator's
      // `{"code":3000,"result":[…]}`): the records count too, after the body's own entry.
      const top = readEntry(x, data, undefined, 0);
      const records = readRecords(x, data, arrays);
      return result(x, records === undefined ? [top] : [top, ...records], received, data);
    }
    const entries = readRecords(x, data, arrays);
    if (entries !== undefined) return result(x, entries, received, data);
    // No code anywhere: a payload under a plain 2xx, otherwise a failure in the vendor's own words
    // when the body has a message field (`{"message":"Internal Server Error"}`), else in words for
    // what came instead.
    if (payload(x)) return result(x, NONE, received, data);
    return failure(x, 'no-code', readMessage(data) ?? describeNoCode(data, codeField, x.status), received, data);
  }

  /** No body at all: success only under the statuses that carry none (204, 304, …). */
  function empty(x: Context): AnyResult {
    if (x.status !== undefined && emptyStatuses.includes(x.status)) return result(x, NONE, 'empty', undefined);
    return failure(x, 'empty-body', describeEmpty(x.status), 'empty', undefined);
  }

  function parseText(x: Context, text: string): AnyResult {
    let start = 0;
    while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
    if (start === text.length) return empty(x);
    const ch = text.charCodeAt(start);
    if (ch === 0x7b || ch === 0x5b) {
      let data: unknown;
      try {
        // JSON.parse skips whitespace itself but not a byte-order mark, which the run of
        // whitespace before `start` may hold anywhere (`\n\uFEFF{`): then parse from `start`.
        // Only then: its error messages give positions in the text it was handed, and the
        // message on malformed JSON counts the whole text.
        data = JSON.parse(start > 0 && text.lastIndexOf('\uFEFF', start - 1) !== -1 ? text.slice(start) : text);
      } catch (error) {
        return failure(x, 'malformed-json', describeMalformed(text, error, x.status), 'malformed-json', undefined);
      }
      // A text without `[` (most single errors) holds no array, and finding that out is one
      // memchr: readRecords then skips the key scan for record arrays and the entry paths that
      // cross an array, together ~0.3x JSON.parse of a single-error parse (bench/run.ts notes).
      return interpret(x, data, 'json', text.indexOf('[', start) !== -1);
    }
    if (ch === 0x3c) {
      const markup = classifyMarkup(text, start);
      return failure(x, 'non-json', describeMarkup(markup, text, start, x.status), markup, undefined);
    }
    if (startsScalar(ch)) {
      let data: unknown;
      let parsed = true;
      try {
        data = JSON.parse(text.slice(start));
      } catch {
        parsed = false;
      }
      if (parsed) return interpret(x, data, 'json', false);
    }
    return failure(x, 'non-json', describeText(text, start, x.status), 'text', undefined);
  }

  const readHeaders = features.headers?.read;
  /** The response's context: one object per call, made once (both literals share one shape). */
  function contextOf(body: unknown, init: ErrcatParseInit | undefined): Context {
    if (typeof init !== 'object' || init === null) return { status: undefined, retryAfterSeconds: undefined, initWarnings: NONE, headers: NO_HEADERS, raw: body, walk: undefined };
    // Every read of the caller's init is guarded (safe-read.ts): it never costs the body.
    const read = readInit(headerRules, init, readHeaders);
    return { status: read.status, retryAfterSeconds: read.retryAfterSeconds, initWarnings: read.warnings, headers: read.headers ?? NO_HEADERS, raw: body, walk: undefined };
  }

  return function parseResponse(body: unknown, init?: ErrcatParseInit): R {
    let x: Context | undefined;
    try {
      x = contextOf(body, init);
      if (typeof body === 'string') return parseText(x, body) as R;
      if (body === undefined) return empty(x) as R;
      // Bytes (a Buffer from Node's http, an ArrayBuffer) are the text, not a JSON object with keys
      // "0", "1", …: read as one, a token error sent under HTTP 200 would pass for a success.
      // A leading BOM is kept (`ignoreBOM`): the bytes then read exactly as their text does.
      const bytes = typeof body === 'object' && body !== null ? bytesOf(body) : undefined;
      if (bytes !== undefined) return parseText(x, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) as R;
      // What holds a body (a fetch Response, a Blob, a Promise, a stream) is no body: read as JSON
      // it is an object without keys, which passes for a payload under 2xx. The types refuse it
      // (ErrcatBody); a JavaScript caller gets it said here.
      const holder = typeof body === 'object' && body !== null ? bodyHolder(body) : undefined;
      if (holder !== undefined) return failure(x, 'not-an-object', describeHolder(holder, x.status), 'value', undefined) as R;
      return interpret(x, body, 'value', true) as R;
    } catch (error) {
      // Only a pre-parsed value (or headers object) with throwing getters or Proxy traps gets here.
      // readInit guards each of its reads, so x is made; the fallback only keeps this path total.
      x ??= contextOf(body, undefined);
      return failure(x, 'unreadable', safeDescribe(error), typeof body === 'string' ? 'text' : 'value', undefined) as R;
    }
  };
}
