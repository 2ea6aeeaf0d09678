/**
 * validators.ts (internal module): every code's `details` JSON Schema compiled by ajv at generation
 * time into standalone code, so parseResponse can check details without the package depending on
 * ajv (or compiling anything at run time). The two ajv runtime helpers standalone code may call are
 * swapped for @errcat/runtime's own; any other helper fails generation instead of shipping a require.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import type { ApiModel, CodeModel } from '../model.js';
import { tsBanner } from './banner.js';
import { file, type GeneratedFile } from './files.js';
import { tsKey } from './quote.js';

type StandaloneCode = (ajv: Ajv2020, refs?: Record<string, string>) => string;
// The CommonJS module's default export arrives as `.default` under NodeNext and tsx alike.
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ??
  standaloneModule) as unknown as StandaloneCode;

/** ajv runtime helper module → the @errcat/runtime export that replaces it. */
const HELPERS: Readonly<Record<string, string>> = { ucs2length: 'ucs2length', equal: 'jsonEqual' };

/** Keywords that only annotate: dropped so catalog prose does not travel into generated code. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$id', '$schema']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is a subschema or a list of subschemas. */
const SUBSCHEMAS = new Set([
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
]);

/** A copy of a schema without annotation keywords; property names and keyword values are kept verbatim. */
export function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) Object.defineProperty(map, name, { value: stripAnnotations(sub), enumerable: true, writable: true, configurable: true });
      out[key] = map;
    } else if (SUBSCHEMAS.has(key)) {
      out[key] = stripAnnotations(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export interface CompiledValidators {
  /** Standalone validator code (no imports), declaring `details<N>` constants. */
  readonly code: string;
  /** Canonical code → name of its validator constant. */
  readonly byCode: ReadonlyArray<readonly [string | number, string]>;
  /** @errcat/runtime helpers the code calls. */
  readonly helpers: readonly string[];
}

/**
 * Schemas per ajv standalone module. ajv assembles a module's exports with one argument spread
 * over all of its code, which overflows the call stack somewhere past a few thousand schemas
 * (generation crashed at 10,000 codes, docs/benchmarks.md); bigger catalogs get one function
 * scope per chunk, so the internal names of different chunks cannot collide.
 */
const SCHEMAS_PER_CHUNK = 1000;

function standaloneChunk(codes: readonly CodeModel[], offset: number): { code: string; names: string[] } {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    // Formats are annotations here: checking them would need ajv-formats at run time.
    validateFormats: false,
    code: { source: true, esm: true, lines: true },
  });
  const refs: Record<string, string> = {};
  const names: string[] = [];
  codes.forEach((c, i) => {
    const id = `details-${offset + i}`;
    const name = `details${offset + i}`;
    ajv.addSchema({ ...(stripAnnotations(c.details) as object), $id: id });
    refs[name] = id;
    names.push(name);
  });
  return { code: standaloneCode(ajv, refs).replace(/^"use strict";\s*/, ''), names };
}

export function compileValidators(api: ApiModel): CompiledValidators {
  const withSchema = api.codes.filter((c) => c.details !== undefined);
  if (withSchema.length === 0) return { code: '', byCode: [], helpers: [] };
  const byCode = withSchema.map((c, i): readonly [string | number, string] => [c.code, `details${i}`]);
  const chunks: Array<{ code: string; names: string[] }> = [];
  for (let start = 0; start < withSchema.length; start += SCHEMAS_PER_CHUNK)
    chunks.push(standaloneChunk(withSchema.slice(start, start + SCHEMAS_PER_CHUNK), start));
  let code =
    chunks.length === 1
      ? (chunks[0] as { code: string }).code
      : chunks.map((c) => `const { ${c.names.join(', ')} } = (() => {\n${c.code.trimEnd()}\nreturn { ${c.names.join(', ')} };\n})();`).join('\n');
  const helpers = new Set<string>();
  code = code.replace(/require\("ajv\/dist\/runtime\/([A-Za-z0-9_]+)"\)\.default/g, (_match, helper: string) => {
    const replacement = HELPERS[helper];
    if (replacement === undefined)
      throw new Error(
        `${api.catalogFile}: a details schema needs ajv's runtime helper "${helper}", which generated packages cannot import; use other keywords`,
      );
    helpers.add(replacement);
    return replacement;
  });
  // One pass over the code, not one String.replace per code: that was quadratic (10 s at 1,000 codes).
  const names = new Set(byCode.map(([, name]) => name));
  code = code.replace(/export const (details\d+) = /g, (match, name: string) => (names.has(name) ? `const ${name} = ` : match));
  if (/\brequire\s*\(|^\s*(import|export)\b/m.test(code))
    throw new Error(`${api.catalogFile}: ajv standalone code still imports or exports something; refusing to emit it`);
  return { code: code.trimEnd(), byCode, helpers: [...helpers].sort() };
}

export function emitValidators(api: ApiModel): GeneratedFile {
  const compiled = compileValidators(api);
  const runtimeImports = ['table', ...compiled.helpers].sort();
  const lines = [tsBanner(api.catalogFile)];
  if (compiled.code !== '') lines.push('// @ts-nocheck -- ajv standalone code: checked by ajv at generation time, not by tsc.');
  lines.push(
    `import { ${runtimeImports.join(', ')} } from '@errcat/runtime';`,
    `import type { DetailsValidator } from '@errcat/runtime';`,
    '',
  );
  if (compiled.code !== '') lines.push(compiled.code, '');
  lines.push(
    '/** Details validators by canonical code; codes without a details schema have none. */',
    'export const detailsValidators = /* @__PURE__ */ table<{ readonly [code: string]: DetailsValidator | undefined }>({',
    ...compiled.byCode.map(([code, name]) => `  ${tsKey(code)}: ${name},`),
    '});',
  );
  return file('src/validators.ts', `${lines.join('\n')}\n`);
}
