/**
 * details.ts: every code's `details` type, compiled from the catalog's JSON Schemas by
 * json-schema-to-typescript as one `$defs`-style map, in chunks of codes, without its prettier
 * pass (PERFORMANCE-NOTES.md).
 */
import type { ApiModel, DetailsSource } from '../model.js';
import { tsBanner } from './banner.js';
import { file, type GeneratedFile } from './files.js';
import { setOwn } from './own-property.js';

/**
 * Everything json-schema-to-typescript needs, as plain data (it may be sent to another thread):
 * the details map cut into chunks of at most DETAILS_CHUNK codes, each one schema of the map's
 * title holding its slice of the codes. json-schema-to-typescript checks `required` with an array
 * search per property, quadratic in the codes of one schema (~0.6 s of 3.5 s at 10,000), and
 * its working set grows with the schema: slices of 250 compiled one after another take ~0.8×
 * the time of one call at 1,000 codes and ~0.75× at 10,000 (bench runs on this machine).
 * mergeChunks puts the texts back together into exactly what one call over the whole map writes.
 */
export interface DetailsJob {
  readonly chunks: ReadonlyArray<Record<string, unknown>>;
  readonly name: string;
  readonly bannerComment: string;
}

export const DETAILS_CHUNK = 250;

/** Compiles a job to the text of details.ts; the bundled CLI runs it on a worker thread (details-thread.ts). */
export type DetailsCompiler = (job: DetailsJob) => Promise<string>;

/** `compile` may hand the job to another thread: the same job gives the same text either way. */
export async function emitDetails(api: ApiModel, compile: DetailsCompiler = compileDetailsJob): Promise<GeneratedFile> {
  return file('src/details.ts', await compile(detailsJob(api)));
}

/**
 * The schema of the details map. Each code's property holds its titled schema itself (codes without
 * a shape share one object): json-schema-to-typescript names each title's interface and declares it
 * once per object, exactly as it does for `$ref`s into `$defs`, without resolving a thousand `$ref`s
 * first (which took half of its time).
 */
export function detailsJob(api: ApiModel): DetailsJob {
  let job = jobs.get(api);
  if (job === undefined) {
    job = buildJob(api, DETAILS_CHUNK);
    jobs.set(api, job);
  }
  return job;
}

/**
 * Told about each chunk as soon as it is built (details-thread.ts posts them to the worker one by
 * one, so that it starts on the first while this thread builds the rest): `start` first, with the
 * number of chunks and the job (its chunks array still filling), then `chunk` once per chunk, in order.
 */
export interface ChunkListener {
  start(count: number, job: DetailsJob): void;
  chunk(chunk: Record<string, unknown>, index: number): void;
}

/** A job cut into chunks of another size (tests: the text must not depend on it). */
export function detailsJobInChunks(api: ApiModel, chunkSize: number): DetailsJob {
  return buildJob(api, chunkSize);
}

/**
 * A job built from a details source (model.ts detailsSourceOf: a catalog not normalized yet),
 * which becomes its model's job through useDetailsJob once the model exists.
 */
export function detailsJobOf(source: DetailsSource, onChunk?: ChunkListener): DetailsJob {
  return buildJob(source, DETAILS_CHUNK, onChunk);
}

/** Makes `job` (built by detailsJobOf from the same catalog) the one detailsJob gives for `api`. */
export function useDetailsJob(api: ApiModel, job: DetailsJob): void {
  jobs.set(api, job);
}

/**
 * One job per model: a model is never changed once normalized (its types are readonly), so the
 * job the pipeline sends ahead to the details worker is the very object emitDetails asks for.
 */
const jobs = new WeakMap<ApiModel, DetailsJob>();

function buildJob(api: DetailsSource, chunkSize: number, onChunk?: ChunkListener): DetailsJob {
  const { names } = api;
  const untyped = {
    title: names.untypedDetails,
    description: 'Details of a code whose catalog entry declares no shape.',
    type: 'object',
    additionalProperties: true,
  };
  // Chunks follow the map's own key order (integer-like keys first), which is the order one call
  // over the whole map writes its properties and declarations in. Object.fromEntries-style own
  // properties throughout: a code may be "__proto__".
  const order: Record<string, unknown> = {};
  const codeOf = new Map<string, DetailsSource['codes'][number]>();
  for (const c of api.codes) {
    setOwn(order, String(c.code), true);
    codeOf.set(String(c.code), c);
  }
  const keys = Object.keys(order);
  const chunks: Array<Record<string, unknown>> = [];
  const job: DetailsJob = { chunks, name: names.detailsMap, bannerComment: tsBanner(api.catalogFile).trimEnd() };
  onChunk?.start(Math.ceil(keys.length / chunkSize), job);
  let untypedDeclared = false;
  for (let from = 0; from < keys.length; from += chunkSize) {
    const slice = keys.slice(from, from + chunkSize);
    const part: Record<string, unknown> = {};
    const defs: Record<string, unknown> = {};
    // The shared untyped shape is declared by the first chunk that uses it; later chunks name it.
    const untypedHere = untypedDeclared ? { tsType: names.untypedDetails } : untyped;
    for (const key of slice) {
      const c = codeOf.get(key) as DetailsSource['codes'][number];
      if (c.details === undefined) {
        setOwn(part, key, untypedHere);
        untypedDeclared = true;
        continue;
      }
      const own = { ...sanitizeSchema(c.details), title: c.detailsTypeName };
      if (!mentionsRef(c.details)) {
        setOwn(part, key, own);
        continue;
      }
      setOwn(part, key, { $ref: hoistWithRefs(own, c.detailsTypeName, defs) });
    }
    const chunk = {
      title: names.detailsMap,
      description: `The \`details\` type of every code, read by indexed access: \`${names.detailsMap}[C]\`.`,
      type: 'object',
      additionalProperties: false,
      required: slice,
      properties: part,
      ...(Object.keys(defs).length === 0 ? {} : { $defs: defs }),
    };
    chunks.push(chunk);
    onChunk?.chunk(chunk, chunks.length - 1);
  }
  return job;
}

/**
 * A code's `$ref`s (`#` or `#/$defs/<name>`, the subset the catalog schema allows) point into its
 * own schema, but json-schema-to-typescript resolves them against the whole details map. So such a
 * schema moves into the map's `$defs` under its type name, its own `$defs` beside it as
 * `<TypeName>__<name>`, and its refs are rewritten to match. Returns the ref to the moved schema.
 */
function hoistWithRefs(schema: Record<string, unknown>, typeName: string, defs: Record<string, unknown>): string {
  const pointer = (name: string): string => `#/$defs/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const target = (ref: string): string => (ref === '#' ? pointer(typeName) : pointer(`${typeName}__${ref.slice('#/$defs/'.length)}`));
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as object)) {
      // Values of these keywords are data, not schemas: a {"$ref": …} in them is not a reference.
      if (DATA_KEYWORDS.has(key)) setOwn(out, key, value);
      else if (key === '$ref' && typeof value === 'string') setOwn(out, key, target(value));
      else if (key === 'properties' && value !== null && typeof value === 'object')
        setOwn(out, key, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)])));
      else setOwn(out, key, rewrite(value));
    }
    return out;
  };
  const { $defs: local, ...root } = schema;
  for (const [name, sub] of Object.entries((local ?? {}) as Record<string, unknown>)) setOwn(defs, `${typeName}__${name}`, rewrite(sub));
  setOwn(defs, typeName, rewrite(root));
  return pointer(typeName);
}

export async function compileDetailsJob(job: DetailsJob): Promise<string> {
  const texts: string[] = [];
  for (const chunk of job.chunks) texts.push(await compileDetailsChunk(chunk, job));
  return assembleDetails(texts, job.name);
}

/** One chunk's text, as json-schema-to-typescript writes it; `assembleDetails` puts a job's chunks together. */
export async function compileDetailsChunk(chunk: Record<string, unknown>, { name, bannerComment }: Pick<DetailsJob, 'name' | 'bannerComment'>): Promise<string> {
  // Loaded on first use: the main thread of the bundled CLI never compiles (its worker does), and
  // evaluating json-schema-to-typescript with lodash and its ref parser there cost ~30 ms of start-up.
  const { compile } = await import('json-schema-to-typescript');
  // Most chunks hold no `$ref` at all (only codes whose schemas use one are hoisted into `$defs`):
  // for those, json-schema-to-typescript's ref parser is told to skip every path instead of
  // crawling each node for refs it will not find (~15% of its time; same text, tested).
  const refs = mentionsRef(chunk) ? {} : { dereference: { excludedPathMatcher: skipEveryPath } };
  const ts = await compile(chunk as never, name, {
    bannerComment,
    format: false,
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    strictIndexSignatures: false,
    enableConstEnums: false,
    $refOptions: { resolve: { external: false }, ...refs } as never,
  });
  return ts.replace(/\r\n/g, '\n');
}

const skipEveryPath = (): boolean => true;

/** The text of details.ts from every chunk's text, in chunk order. */
export function assembleDetails(texts: readonly string[], mapName: string): string {
  return indentBraces(mergeChunks(texts, mapName));
}

/**
 * One text from the chunks' texts: the first chunk's banner and map interface, every chunk's
 * map properties in order, then every chunk's declarations in order. Unformatted, each map
 * property is one line (every value is a declared type's name), so the map ends at the first
 * line that is a lone `}`.
 */
function mergeChunks(texts: readonly string[], mapName: string): string {
  const header = `export interface ${mapName} {\n`;
  const parts = texts.map((text) => {
    const open = text.indexOf(header);
    const close = open === -1 ? -1 : text.indexOf('\n}\n', open + header.length - 1);
    if (close === -1) throw new Error(`json-schema-to-typescript wrote no ${mapName} interface where one was expected`);
    return { head: text.slice(0, open + header.length), properties: text.slice(open + header.length, close + 1), rest: text.slice(close + 3) };
  });
  const [first] = parts;
  if (first === undefined) throw new Error('a details job has at least one chunk');
  return first.head + parts.map((p) => p.properties).join('') + '}\n' + parts.map((p) => p.rest).join('');
}

/**
 * Catalog descriptions become JSDoc inside json-schema-to-typescript's output, which does
 * not escape them; titles would become type names. Escape the one and drop the other.
 */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** What the description rewrite below changes: `*\/`, `@`, line breaks other than \\n. */
const COMMENT_WORK = /\*\/|@|[\r\u2028\u2029]/;

/**
 * Whether `"$ref"` appears in the value's JSON (a `$ref` key or a "$ref" string anywhere), without
 * serializing it: asked once per code (~0.1 s of a 10,000-code run as JSON.stringify).
 */
export function mentionsRef(node: unknown): boolean {
  if (typeof node === 'string') return node === '$ref';
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(mentionsRef);
  for (const key of Object.keys(node)) if (key === '$ref' || mentionsRef((node as Record<string, unknown>)[key])) return true;
  return false;
}

/** Keywords from which json-schema-to-typescript derives a type; a subschema with none of them gets `unknown`. */
const TYPING_KEYWORDS = ['type', 'properties', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', '$ref'];
/** Keywords whose value is one subschema, or a list of them. */
const SUBSCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not']);
const SUBSCHEMA_LIST_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf']);

function sanitizeSchema(schema: unknown): Record<string, unknown> {
  /** `node` in a schema position (the root, a property, items, …): never data such as an enum value. */
  const subschema = (node: unknown): unknown => {
    const out = walk(node);
    // A subschema that says nothing about the type (`{"description": "…"}`, `{"minimum": 1}`)
    // accepts any value at run time, but json-schema-to-typescript types it as an object
    // (`{ [k: string]: unknown }`), so `details.limit` of 100 would not be readable as a number.
    // `unknown` says what the validator accepts. tsType is errcat's own fixed text here: the
    // catalog's tsType is dropped below.
    if (out === null || typeof out !== 'object' || Array.isArray(out)) return out;
    const o = out as Record<string, unknown>;
    if (!TYPING_KEYWORDS.some((k) => hasOwnKey(o, k))) setOwn(o, 'tsType', 'unknown');
    // An object that names no properties (`"module": {"type": "object"}`) holds anything: without
    // this it would be `{}` (the compile option closes objects that say nothing), which accepts any
    // value and lets no key be read.
    else if (saysObject(o.type) && !hasOwnKey(o, 'properties') && !hasOwnKey(o, 'additionalProperties')) setOwn(o, 'additionalProperties', true);
    return o;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'title' || key === '$id' || key === '$schema' || key === 'tsType') continue;
      // json-schema-to-typescript dereferences a {"$ref": …} even inside data (its ref parser does
      // not know which keywords hold schemas): such a value is left out of the type, which only
      // widens it; the run-time validator still checks the value exactly.
      if (DATA_KEYWORDS.has(key) && mentionsRef(value)) continue;
      // Closed types where the catalog documents properties: an object that names its properties
      // gets no `[k: string]: unknown` from `additionalProperties: true`, so a misspelled key
      // (`details.api_nam`) fails to compile. The run-time validator still accepts the extra
      // properties the vendor sends (they stay readable on `err.details`, the value as received).
      if (key === 'additionalProperties' && value === true && hasProperties(node)) continue;
      if ((key === 'description' || key === '$comment') && typeof value === 'string') {
        setOwn(out, key, COMMENT_WORK.test(value) ? value.replace(/\*\//g, '*\\/').replace(/(^|\s)@/g, '$1\\@').replace(/\r\n?|[\u2028\u2029]/g, '\n') : value);
      } else if ((key === 'properties' || key === '$defs') && value !== null && typeof value === 'object') {
        const members: Record<string, unknown> = {};
        for (const name of Object.keys(value)) setOwn(members, name, subschema((value as Record<string, unknown>)[name]));
        setOwn(out, key, members);
      } else if (SUBSCHEMA_KEYWORDS.has(key)) {
        setOwn(out, key, subschema(value));
      } else if (SUBSCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
        setOwn(out, key, value.map(subschema));
      } else {
        setOwn(out, key, walk(value));
      }
    }
    return out;
  };
  return walk(schema) as Record<string, unknown>;
}

const hasOwnKey = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const saysObject = (type: unknown): boolean => type === 'object' || (Array.isArray(type) && type.includes('object'));

function hasProperties(node: object): boolean {
  const properties = (node as { properties?: unknown }).properties;
  return properties !== null && typeof properties === 'object' && Object.keys(properties).length > 0;
}

/** Cheap re-indentation of json-schema-to-typescript's unformatted output (no prettier pass). */
function indentBraces(text: string): string {
  let depth = 0;
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.trim();
      const comment = line.startsWith('/*') || line.startsWith('*') || line.startsWith('//');
      if (!comment && /^[}\]]/.test(line)) depth = Math.max(0, depth - 1);
      const out = line === '' ? '' : `${'  '.repeat(depth)}${line.startsWith('*') ? ` ${line}` : line}`;
      if (!comment && /[{[]$/.test(line)) depth++;
      return out;
    })
    .join('\n');
}
