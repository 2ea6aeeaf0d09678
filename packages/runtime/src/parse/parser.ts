/**
 * The one data-driven parser behind every generated package's `parseResponse`. The envelope spec
 * says where the code, message and details are; the package's tables say what each code means.
 *
 * Hot path (a single JSON error): one JSON.parse, a few own-property reads, one table lookup, one
 * check of the details against the code's schema (validate/validate.ts). No copying of the input:
 * values from the body are only read, never merged into other objects, so hostile keys
 * (`__proto__`) have nothing to pollute.
 */
import { formatTemplate } from '../template.js';
import type { CodeEntry, DetailsIssue, ErrcatError, ErrcatKnownError, ErrcatUnknownError, UnknownReason } from '../types.js';
import {
  classifyMarkup,
  describeEmpty,
  describeJsonValue,
  describeMalformed,
  describeMarkup,
  describeNoCode,
  describeRecordWithoutCode,
  describeText,
  describeUnknownCode,
  describeUnreadable,
} from './describe.js';
import { missingFeature, type ParserFeatures } from './features.js';
import type { HeaderRule } from './headers.js';
import { messageText } from './message-text.js';
import type { EntryPath } from './paths.js';
import { readInit } from './safe-read.js';
import { firstVariant, paramsOf } from './variant.js';
import type {
  DetailsValidators,
  ErrcatHeaders,
  ErrcatParseInit,
  ErrcatParseResult,
  ParseSpec,
  ParseTables,
  Received,
  ErrcatParseWarning,
} from './types.js';
import { WalkBudget } from './walk-budget.js';

/** Nested causes are followed this deep; anything deeper stays in `raw`. */
const MAX_CAUSE_DEPTH = 8;
/** Entries read through one entry path at most; the rest stay in `raw`. */
const MAX_PATH_ENTRIES = 10_000;
const DEFAULT_EMPTY_STATUSES: readonly number[] = [204, 205, 304];

const NONE: readonly never[] = Object.freeze([]) as readonly never[];
const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});
const NO_HEADERS: ErrcatHeaders = Object.freeze({});

interface Compiled {
  readonly api: string;
  readonly codeField: string;
  readonly codeType: 'string' | 'integer';
  readonly messageFields: readonly string[];
  readonly detailsField: string | undefined;
  readonly statusField: string | undefined;
  /** Null-prototype set of record array names. */
  readonly recordArrays: { readonly [name: string]: true | undefined };
  readonly anyRecordArray: boolean;
  /** Any record array named (or `*`): when not, no body's keys need scanning. */
  readonly hasRecordArrays: boolean;
  readonly entryPaths: readonly EntryPath[];
  readonly nestedPath: readonly string[] | undefined;
  /** The nested path starts at the details field: follow it from the details already read. */
  readonly nestedFromDetails: boolean;
  readonly partialStatuses: readonly number[];
  readonly emptyStatuses: readonly number[];
  readonly headers: readonly HeaderRule[];
  readonly lookup: (code: unknown) => CodeEntry | undefined;
  readonly validators: DetailsValidators | undefined;
  readonly features: ParserFeatures;
}

/** Per-call state shared by every entry of one response. */
interface Context {
  readonly c: Compiled;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** What reading the init (status, headers) warned about. */
  readonly initWarnings: readonly ErrcatParseWarning[];
  /** Budgets of this response's lists and causes (walk-budget.ts), made when first needed. */
  walk: WalkBudget | undefined;
}

const walkOf = (x: Context): WalkBudget => (x.walk ??= new WalkBudget());

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type AnyResult = ErrcatParseResult<string, ErrcatError, ErrcatHeaders>;

function compile(spec: ParseSpec, tables: ParseTables, features: ParserFeatures): Compiled {
  const missing = missingFeature(spec, features);
  // A programming error of whoever composes the parser (generated packages pass what their spec
  // needs): refused when the parser is made, never silently ignored at parse time.
  if (missing !== undefined) throw new TypeError(`errcat: the spec for ${spec.api} uses ${missing}; pass the ${missing} feature`);
  const recordArrays = Object.create(null) as { [name: string]: true | undefined };
  let anyRecordArray = false;
  for (const name of spec.recordArrays ?? []) {
    if (name === '*') anyRecordArray = true;
    else recordArrays[name] = true;
  }
  let nestedPath = spec.nestedErrorsPath === undefined ? undefined : spec.nestedErrorsPath.split('.');
  const nestedFromDetails = nestedPath !== undefined && nestedPath.length > 1 && nestedPath[0] === spec.detailsField;
  if (nestedFromDetails) nestedPath = nestedPath?.slice(1);
  return {
    api: spec.api,
    codeField: spec.codeField,
    codeType: spec.codeType,
    messageFields: [...spec.messageFields],
    detailsField: spec.detailsField,
    statusField: spec.statusField,
    recordArrays,
    anyRecordArray,
    hasRecordArrays: anyRecordArray || Object.keys(recordArrays).length > 0,
    entryPaths: features.entryPaths === undefined ? NONE : (spec.entryPaths ?? []).map(features.entryPaths.compile),
    nestedPath,
    nestedFromDetails,
    partialStatuses: [...(spec.partialStatuses ?? [])],
    emptyStatuses: [...(spec.emptyBodyStatuses ?? DEFAULT_EMPTY_STATUSES)],
    headers: features.headers === undefined || spec.headers === undefined ? NONE : features.headers.rules(spec.headers),
    lookup: tables.lookup,
    validators: tables.validators,
    features,
  };
}

const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array holds entries when at least one item is an object carrying the code field. */
function isEntryArray(c: Compiled, value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isRecord(item) && hasOwn(item, c.codeField)) return true;
  }
  return false;
}

/** The first message field holding text; an array of strings (`"error": ["…", "…"]`) is joined with "; ". */
function readMessage(c: Compiled, o: Record<string, unknown>): string | undefined {
  const fields = c.messageFields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    const value = o[field];
    if (typeof value === 'string' && hasOwn(o, field)) return value;
    if (value !== undefined && typeof value !== 'string' && hasOwn(o, field)) {
      const text = messageText(value);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The code as the catalog spells it: a string-coded API that sent a number means its decimal text. */
function codeKey(c: Compiled, raw: unknown): unknown {
  return c.codeType === 'string' && typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
}

function checkDetails(c: Compiled, code: string | number, details: unknown): readonly DetailsIssue[] {
  const validators = c.validators;
  const schema = validators?.schemas[code];
  if (validators === undefined || schema === undefined) {
    // Without a schema the details type is still "an object": flag anything else.
    return details === undefined || isRecord(details) ? NONE : [{ path: '', keyword: 'type', message: 'must be object' }];
  }
  const issues = validators.validate(schema, details);
  return issues.length === 0 ? NONE : issues;
}

/** `start` is the entry, or its details when the path begins there (already read once). */
function readCauses(x: Context, start: unknown, depth: number): readonly ErrcatError[] {
  const path = x.c.nestedPath;
  if (path === undefined || depth >= MAX_CAUSE_DEPTH) return NONE;
  let value: unknown = start;
  for (let i = 0; i < path.length; i++) {
    if (!isRecord(value)) return NONE;
    const key = path[i] as string;
    const next: unknown = value[key];
    value = next !== undefined && hasOwn(value, key) ? next : undefined;
  }
  const read = x.c.features.causes;
  if (read === undefined || !isEntryArray(x.c, value)) return NONE;
  return read(walkOf(x), value, (item) => readEntry(x, item, undefined, depth + 1));
}

function unknownError(
  x: Context,
  fields: { code: string | number | undefined; kind: 'error' | 'success'; message: string; details: unknown; raw: unknown },
  reason: UnknownReason,
  index: number | undefined,
  causes: readonly ErrcatError[] = NONE,
): ErrcatUnknownError {
  const error: Mutable<ErrcatUnknownError> = {
    errcat: 1,
    api: x.c.api,
    known: false,
    code: undefined,
    rawCode: fields.code,
    kind: fields.kind,
    message: fields.message,
    status: x.status,
    details: fields.details,
    rawDetails: fields.details,
    params: NO_PARAMS,
    entry: undefined,
    reason,
    raw: fields.raw,
    detailsValid: true,
    detailsIssues: NONE,
    causes,
    retryAfterSeconds: x.retryAfterSeconds,
  };
  if (index !== undefined) error.index = index;
  return error;
}

function wireCode(c: Compiled, raw: unknown): string | number | undefined {
  const integer = c.features.integerCodes;
  if (c.codeType === 'integer' && integer !== undefined) {
    const n = integer(raw, 'integer');
    if (n !== undefined) return n;
  }
  if (typeof raw === 'string') return raw;
  if (c.codeType === 'string' && typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** One entry of the body (top-level, per record, or nested) → a known or unknown error. */
function readEntry(x: Context, value: unknown, index: number | undefined, depth: number): ErrcatError {
  const c = x.c;
  if (!isRecord(value)) {
    return unknownError(
      x,
      { code: undefined, kind: 'error', message: describeRecordWithoutCode(value, index, c.codeField), details: undefined, raw: value },
      'no-code',
      index,
    );
  }
  // Reads are written out at each site (not through a shared helper) so every property access
  // sees one key and stays monomorphic: a shared `own(o, key)` measured ~40% of a single-error parse.
  const codeField = c.codeField;
  const codeValue: unknown = value[codeField];
  const rawCode = codeValue !== undefined && hasOwn(value, codeField) ? codeValue : undefined;
  const message = readMessage(c, value);
  const detailsField = c.detailsField;
  let rawDetails: unknown;
  if (detailsField !== undefined) {
    rawDetails = value[detailsField];
    if (rawDetails !== undefined && !hasOwn(value, detailsField)) rawDetails = undefined;
  }
  const causes = c.nestedPath === undefined ? NONE : readCauses(x, c.nestedFromDetails ? rawDetails : value, depth);
  const entry = rawCode === undefined || rawCode === null ? undefined : c.lookup(codeKey(c, rawCode));

  if (entry === undefined) {
    const code = wireCode(c, rawCode);
    const statusField = c.statusField;
    const word = statusField !== undefined && hasOwn(value, statusField) ? value[statusField] : undefined;
    const noCode = rawCode === undefined || rawCode === null;
    return unknownError(
      x,
      {
        code,
        kind: typeof word === 'string' && word.toLowerCase() === 'success' ? 'success' : 'error',
        message:
          message ?? (noCode ? describeRecordWithoutCode(value, index, c.codeField) : describeUnknownCode(code, rawCode)),
        details: rawDetails,
        raw: value,
      },
      noCode ? 'no-code' : 'unknown-code',
      index,
      causes,
    );
  }

  const details = rawDetails === undefined ? {} : rawDetails;
  const issues = checkDetails(c, entry.code, details);
  const pick = c.features.variants;
  const match = pick === undefined ? firstVariant(entry, message) : pick(entry, x.status, message);
  const template = match.variant.message;
  const error: Mutable<ErrcatKnownError<string, string | number, CodeEntry['kind'], unknown, Readonly<Record<string, string>>>> = {
    errcat: 1,
    api: c.api,
    known: true,
    code: entry.code,
    kind: entry.kind,
    // No message sent: the matched variant's template (its defaults filled in), or the code's
    // name when the vendor documents none (formatMessage gives the same).
    message: message ?? (template === undefined ? entry.name : formatTemplate(template, match.variant.paramDefaults ?? NONE, match.variant.params)),
    status: x.status,
    // The documented shape only when it is one (point 3 of issue 15): `rawDetails` keeps what arrived.
    details: issues.length === 0 ? details : undefined,
    rawDetails: details,
    params: paramsOf(match, NO_PARAMS),
    entry,
    variant: match.variant.index,
    raw: value,
    detailsValid: issues.length === 0,
    detailsIssues: issues,
    causes,
    retryAfterSeconds: x.retryAfterSeconds,
  };
  if (index !== undefined) error.index = index;
  return error;
}

function result(x: Context, entries: readonly ErrcatError[], received: Received, data: unknown, raw: unknown, headers: ErrcatHeaders): AnyResult {
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
  const kind = errors === undefined ? 'success' : successes === 0 && partials === 0 ? 'error' : 'partial';
  return {
    api: x.c.api,
    kind,
    status: x.status,
    errors: errors ?? NONE,
    entries,
    headers,
    retryAfterSeconds: x.retryAfterSeconds,
    received,
    data,
    raw,
    warnings: x.walk === undefined ? x.initWarnings : [...x.initWarnings, ...x.walk.warnings()],
  } as AnyResult;
}

function failure(
  x: Context,
  reason: UnknownReason,
  message: string,
  received: Received,
  data: unknown,
  raw: unknown,
  headers: ErrcatHeaders,
): AnyResult {
  const error = unknownError(x, { code: undefined, kind: 'error', message, details: undefined, raw }, reason, undefined);
  return result(x, [error], received, data, raw, headers);
}

const is2xx = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

/** Entries in the body's record arrays and entry paths, in body order; undefined when there are none. */
function readRecords(x: Context, data: Record<string, unknown>): ErrcatError[] | undefined {
  const c = x.c;
  const codeField = c.codeField;
  let entries: ErrcatError[] | undefined;
  if (c.hasRecordArrays) {
    const keys = Object.keys(data);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (c.recordArrays[key] !== true && !c.anyRecordArray) continue;
      const list = data[key];
      if (!isEntryArray(c, list)) continue;
      entries ??= [];
      walkOf(x).readList(list, (item) => isRecord(item) && hasOwn(item, codeField), (item, i) => readEntry(x, item, i, 0), entries);
    }
  }
  const walk = c.features.entryPaths?.walk;
  for (let p = 0; walk !== undefined && p < c.entryPaths.length; p++) {
    walk(data, c.entryPaths[p] as EntryPath, MAX_PATH_ENTRIES, (value, index) => {
      if (value[codeField] !== undefined && hasOwn(value, codeField)) (entries ??= []).push(readEntry(x, value, index, 0));
    });
  }
  return entries;
}

/** A JSON value (parsed from text, or given) → entries. */
function interpret(x: Context, data: unknown, received: Received, raw: unknown, headers: ErrcatHeaders): AnyResult {
  const c = x.c;
  if (Array.isArray(data)) {
    if (!isEntryArray(c, data)) return failure(x, 'not-an-object', describeJsonValue(data, x.status), received, data, raw, headers);
    const items: ErrcatError[] = [];
    walkOf(x).readList(data, (item) => isRecord(item) && hasOwn(item, c.codeField), (item, i) => readEntry(x, item, i, 0), items);
    return result(x, items, received, data, raw, headers);
  }
  if (!isRecord(data)) return failure(x, 'not-an-object', describeJsonValue(data, x.status), received, data, raw, headers);

  const codeField = c.codeField;
  if (data[codeField] !== undefined && hasOwn(data, codeField)) {
    // A request-level code can come with per-record results beside it (Zoho Creator's
    // `{"code":3000,"result":[…]}`): the records count too, after the body's own entry.
    const top = readEntry(x, data, undefined, 0);
    const records = readRecords(x, data);
    return result(x, records === undefined ? [top] : [top, ...records], received, data, raw, headers);
  }

  const entries = readRecords(x, data);
  if (entries !== undefined) return result(x, entries, received, data, raw, headers);

  // No code anywhere: a payload under a plain 2xx, otherwise a failure that says what came instead.
  if (is2xx(x.status) && !c.partialStatuses.includes(x.status as number)) return result(x, NONE, received, data, raw, headers);
  return failure(x, 'no-code', describeNoCode(data, c.codeField, x.status), received, data, raw, headers);
}

function isWhitespace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09 || ch === 0xfeff;
}

/** Characters that can start a JSON text other than an object or array. */
function startsScalar(ch: number): boolean {
  return ch === 0x22 || ch === 0x2d || (ch >= 0x30 && ch <= 0x39) || ch === 0x74 || ch === 0x66 || ch === 0x6e;
}

/** No body at all: success only under the statuses that carry none (204, 304, …). */
function empty(x: Context, raw: unknown, headers: ErrcatHeaders): AnyResult {
  if (x.status !== undefined && x.c.emptyStatuses.includes(x.status)) return result(x, NONE, 'empty', undefined, raw, headers);
  return failure(x, 'empty-body', describeEmpty(x.status), 'empty', undefined, raw, headers);
}

function parseText(x: Context, text: string, headers: ErrcatHeaders): AnyResult {
  let start = 0;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  if (start === text.length) return empty(x, text, headers);
  const ch = text.charCodeAt(start);
  if (ch === 0x7b || ch === 0x5b) {
    let data: unknown;
    try {
      // JSON.parse skips whitespace itself but not a byte-order mark.
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return failure(x, 'malformed-json', describeMalformed(text, error, x.status), 'malformed-json', undefined, text, headers);
    }
    return interpret(x, data, 'json', text, headers);
  }
  if (ch === 0x3c) {
    const markup = classifyMarkup(text, start);
    return failure(x, 'non-json', describeMarkup(markup, text, start, x.status), markup, undefined, text, headers);
  }
  if (startsScalar(ch)) {
    let data: unknown;
    let parsed = true;
    try {
      data = JSON.parse(text.slice(start));
    } catch {
      parsed = false;
    }
    if (parsed) return interpret(x, data, 'json', text, headers);
  }
  return failure(x, 'non-json', describeText(text, start, x.status), 'text', undefined, text, headers);
}

/**
 * A parse function for one API, made of the core and the optional features its spec needs
 * (features.ts): generated packages call this with exactly those, so their bundles carry no other.
 * Whatever `body` is, the function returns a result and never throws. Throws a TypeError when the
 * spec uses a part (headers, entry paths, nested errors) whose feature is not passed.
 */
export function composeParser<R extends ErrcatParseResult<string, unknown, object> = AnyResult>(
  spec: ParseSpec,
  tables: ParseTables,
  features: ParserFeatures,
): (body: unknown, init?: ErrcatParseInit) => R {
  const c = compile(spec, tables, features);
  return function parseResponse(body: unknown, init?: ErrcatParseInit): R {
    let x: Context = { c, status: undefined, retryAfterSeconds: undefined, initWarnings: NONE, walk: undefined };
    let headers = NO_HEADERS;
    try {
      if (typeof init === 'object' && init !== null) {
        // Every read of the caller's init is guarded (safe-read.ts): it never costs the body.
        const read = readInit(c.headers, init, features.headers?.read);
        headers = read.headers ?? NO_HEADERS;
        x = { c, status: read.status, retryAfterSeconds: read.retryAfterSeconds, initWarnings: read.warnings, walk: undefined };
      }
      if (typeof body === 'string') return parseText(x, body, headers) as R;
      if (body === undefined) return empty(x, body, headers) as R;
      return interpret(x, body, 'value', body, headers) as R;
    } catch (error) {
      // Only a pre-parsed value (or headers object) with throwing getters or Proxy traps gets here.
      return failure(x, 'unreadable', safeDescribe(error), typeof body === 'string' ? 'text' : 'value', undefined, body, headers) as R;
    }
  };
}

function safeDescribe(error: unknown): string {
  try {
    return describeUnreadable(error);
  } catch {
    return 'The response value could not be read';
  }
}
