/**
 * details.ts: every code's `details` type, compiled from the catalog's JSON Schemas in one
 * json-schema-to-typescript call (no prettier pass: PERFORMANCE-NOTES.md).
 */
import { compile } from 'json-schema-to-typescript';
import type { ApiModel } from '../model.js';
import { tsBanner } from './banner.js';
import { file, type GeneratedFile } from './files.js';

/** One json-schema-to-typescript run: everything it needs, as plain data (it may be sent to another thread). */
export interface DetailsJob {
  readonly schema: Record<string, unknown>;
  readonly name: string;
  readonly bannerComment: string;
}

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
    job = buildJob(api);
    jobs.set(api, job);
  }
  return job;
}

/**
 * One job per model: a model is never changed once normalized (its types are readonly), so the
 * job the pipeline sends ahead to the details worker is the very object emitDetails asks for.
 */
const jobs = new WeakMap<ApiModel, DetailsJob>();

function buildJob(api: ApiModel): DetailsJob {
  const { names } = api;
  // Object.fromEntries-style own properties throughout: a code may be "__proto__".
  const properties: Record<string, unknown> = {};
  const untyped = {
    title: names.untypedDetails,
    description: 'Details of a code whose catalog entry declares no shape.',
    type: 'object',
    additionalProperties: true,
  };
  const defs: Record<string, unknown> = {};
  for (const c of api.codes) {
    if (c.details === undefined) {
      define(properties, String(c.code), untyped);
      continue;
    }
    const own = { ...sanitizeSchema(c.details), title: c.detailsTypeName };
    if (!JSON.stringify(c.details).includes('"$ref"')) define(properties, String(c.code), own);
    else define(properties, String(c.code), { $ref: hoistWithRefs(own, c.detailsTypeName, defs) });
  }
  const schema = {
    title: names.detailsMap,
    description: `The \`details\` type of every code, read by indexed access: \`${names.detailsMap}[C]\`.`,
    type: 'object',
    additionalProperties: false,
    required: api.codes.map((c) => String(c.code)),
    properties,
    ...(Object.keys(defs).length === 0 ? {} : { $defs: defs }),
  };
  return { schema, name: names.detailsMap, bannerComment: tsBanner(api.catalogFile).trimEnd() };
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
      if (DATA_KEYWORDS.has(key)) define(out, key, value);
      else if (key === '$ref' && typeof value === 'string') define(out, key, target(value));
      else if (key === 'properties' && value !== null && typeof value === 'object')
        define(out, key, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)])));
      else define(out, key, rewrite(value));
    }
    return out;
  };
  const { $defs: local, ...root } = schema;
  for (const [name, sub] of Object.entries((local ?? {}) as Record<string, unknown>)) define(defs, `${typeName}__${name}`, rewrite(sub));
  define(defs, typeName, rewrite(root));
  return pointer(typeName);
}

export async function compileDetailsJob(job: DetailsJob): Promise<string> {
  const ts = await compile(job.schema as never, job.name, {
    bannerComment: job.bannerComment,
    format: false,
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    strictIndexSignatures: false,
    enableConstEnums: false,
    $refOptions: { resolve: { external: false } } as never,
  });
  return indentBraces(ts.replace(/\r\n/g, '\n'));
}

/**
 * Catalog descriptions become JSDoc inside json-schema-to-typescript's output, which does
 * not escape them; titles would become type names. Escape the one and drop the other.
 */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

function sanitizeSchema(schema: unknown): Record<string, unknown> {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as object)) {
      if (key === 'title' || key === '$id' || key === '$schema' || key === 'tsType') continue;
      // json-schema-to-typescript dereferences a {"$ref": …} even inside data (its ref parser does
      // not know which keywords hold schemas): such a value is left out of the type, which only
      // widens it; the run-time validator still checks the value exactly.
      if (DATA_KEYWORDS.has(key) && JSON.stringify(value).includes('"$ref"')) continue;
      if ((key === 'description' || key === '$comment') && typeof value === 'string') {
        define(out, key, value.replace(/\*\//g, '*\\/').replace(/(^|\s)@/g, '$1\\@').replace(/\r\n?|[\u2028\u2029]/g, '\n'));
      } else if (key === 'properties' && value !== null && typeof value === 'object') {
        define(out, key, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])));
      } else {
        define(out, key, walk(value));
      }
    }
    return out;
  };
  return walk(schema) as Record<string, unknown>;
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

/**
 * An own, enumerable property even for the key `__proto__` (assignment would set the prototype);
 * every other key is assigned, which is several times faster than defineProperty (called once
 * per schema keyword: ~25 ms per 1,000 codes, cold).
 */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
