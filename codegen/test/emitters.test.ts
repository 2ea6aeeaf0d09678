/** One block per emitter, on the three-code mini catalog (integer codes, params, %%, alias, deprecation). */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrcatCatalog } from '../src/catalog.types.js';
import { emitCodeObject, emitCodes, emitEnum } from '../src/emit/codes.js';
import { emitDetails } from '../src/emit/details.js';
import { emitDocs } from '../src/emit/docs.js';
import { emitEntries, emitRetry } from '../src/emit/entries.js';
import { emitErrors } from '../src/emit/errors.js';
import { emitMessages } from '../src/emit/messages.js';
import { emitParse, parserFeatures } from '../src/emit/parse.js';
import { emitCatalogJson, emitIndex, emitPackageJson } from '../src/emit/package-files.js';
import { normalize, type ApiModel } from '../src/model.js';
import { loadAndValidate } from '../src/pipeline.js';
import { ROOT } from '../../test/helpers/generate.js';

let api: ApiModel;

beforeAll(() => {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [`${ROOT}test/fixtures/mini/mini.json`], outDir: `${ROOT}.errcat-none` });
  if (!result.ok) throw new Error('mini fixture must be valid');
  api = (result.apis[0] as { model: ApiModel }).model;
});

describe('model', () => {
  it('sorts integer codes numerically and derives names once', () => {
    expect(api.codes.map((c) => c.code)).toEqual([0, 3, 7]);
    expect(api.typePrefix).toBe('Mini');
    expect(api.codes[2]).toMatchObject({ ident: 'MISSING_FIELD', errorTypeName: 'MissingFieldError', docsPage: 'main', anchor: 'missing_field' });
    expect(api.codes[2]?.docsUrl).toBe('https://example.test/docs/mini/main.html#missing_field');
    expect(api.codes[0]?.messageLiterals).toEqual(['Done, 100% complete.']);
  });
});

describe('emitCodes', () => {
  it('emits the literal union and a non-widening const per code', () => {
    const { path, contents } = emitCodes(api);
    expect(path).toBe('src/codes.ts');
    expect(contents).toContain('export type MiniCode =\n  | 0\n  | 3\n  | 7;');
    expect(contents).toContain('export const MISSING_FIELD = 7 as const;');
    expect(contents).not.toContain('MiniCodes');
    expect(contents).toContain(' * [Reference](https://example.test/docs/mini/main.html#missing_field)');
    // `@see`/`@link` anywhere in a doc comment makes every consumer's tsc parse it (code-doc.ts).
    expect(contents).not.toMatch(/@(?:see|link)\b/);
    expect(contents).toContain('@deprecated Replaced by OK. Use 0 instead.');
  });
});

describe('emitCodeObject', () => {
  it('emits the codes object as the namespace of codes.ts, re-exported by the root only', () => {
    const { path, contents } = emitCodeObject(api);
    expect(path).toBe('src/code-object.ts');
    expect(contents).toContain("export * as MiniCodes from './codes.js';");
  });
});

describe('emitEnum', () => {
  it('emits the enum in its own module with TSDoc per member', () => {
    const { path, contents } = emitEnum(api);
    expect(path).toBe('src/enum.ts');
    expect(contents).toMatch(/export enum MiniErrorCode \{[\s\S]*\* 7: Field %s is missing from %s\.[\s\S]*MISSING_FIELD = 7,/);
    expect(contents).not.toContain('import');
  });
});

describe('emitDetails', () => {
  it('compiles every details schema into one map read by indexed access', async () => {
    const { contents } = await emitDetails(api);
    expect(contents).toMatch(/export interface MiniDetailsMap \{\s*"0": MiniUntypedDetails\s*"3": MiniUntypedDetails\s*"7": MissingFieldDetails\s*\}/);
    // No index signature unless the schema asks for one: a typo in a details key stays a compile error.
    expect(contents).toMatch(/export interface MissingFieldDetails \{\s*field: string\s*\}/);
  });

  it('keeps $defs entries whose names are keywords it drops elsewhere (title, tsType)', async () => {
    const details = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/title' }, b: { $ref: '#/$defs/tsType' } },
      $defs: { title: { type: 'string' }, tsType: { type: 'integer' } },
      additionalProperties: false,
    };
    const withDetails = { ...api, codes: api.codes.map((c) => (c.code === 7 ? { ...c, details } : c)) };
    const { contents } = await emitDetails(withDetails);
    expect(contents).toMatch(/export type MissingFieldDetails_Title = string/);
    expect(contents).toMatch(/export type MissingFieldDetails_TsType = number/);
  });

  it('types what the validator accepts: a property without a type is unknown, an object without properties is open', async () => {
    const details = {
      type: 'object',
      properties: {
        untyped: { description: 'no type' },
        bounded: { minimum: 1 },
        bag: { type: 'object' },
        bags: { type: 'array', items: { type: 'object' } },
        closed: { type: 'object', properties: { a: { type: 'string' } } },
        picked: { enum: [{ description: 'data, not a schema' }] },
      },
      additionalProperties: true,
    };
    const withDetails = { ...api, codes: api.codes.map((c) => (c.code === 7 ? { ...c, details } : c)) };
    const { contents } = await emitDetails(withDetails);
    const body = /export interface MissingFieldDetails \{([\s\S]*?)\n\}/.exec(contents)?.[1]?.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
    expect(body).toBe(
      ' untyped?: unknown bounded?: unknown bag?: { [k: string]: unknown } bags?: { [k: string]: unknown }[] closed?: { a?: string } picked?: {"description":"data, not a schema"}',
    );
  });
});

describe('emitErrors', () => {
  it('emits one interface per code, the union and the maps, without Extract or conditional types', () => {
    const { contents } = emitErrors(api);
    // Labeled, so an arity error names the parameter.
    expect(contents).toContain('7: [field: string, form: string];');
    expect(contents).toContain('0: [];');
    expect(contents).toContain('7: { readonly field: string; readonly form: string; };');
    // The base extends nothing (a generic base would give every per-code interface a `this` type).
    expect(contents).toMatch(/export interface MiniKnownErrorBase \{\n[^}]*  readonly api: MiniApiId;\n[^}]*  readonly causes: readonly MiniAnyError\[\];\n[^}]*  readonly known: true;\n[^}]*  readonly details: unknown;\n[^}]*  readonly variant: number;\n\}/);
    // Details are typed through detailsOf only: no error interface promises a shape nobody checked.
    expect(contents).not.toContain('DetailsMap');
    expect(contents).toContain(
      'export interface MissingFieldError extends MiniKnownErrorBase {\n  readonly code: 7;\n  readonly kind: "error";\n  readonly params: Partial<MiniNamedParamsMap[7]>;\n  readonly entry: CodeEntry<7>;\n}',
    );
    expect(contents).toContain('export type MiniError =\n  | OkError\n  | BusyError\n  | MissingFieldError;');
    // Causes are read through the same catalog: the package's own errors, so a switch on a cause's code narrows.
    expect(contents).toContain('export type MiniUnknownError = ErrcatUnknownError<"mini", MiniAnyError>;');
    expect(contents).toContain('export type MiniAnyError = MiniError | MiniUnknownError;');
    expect(contents).toContain('7: MissingFieldError;');
    expect(contents).not.toMatch(/Extract<| extends .* \? /);
  });
});

describe('emitMessages', () => {
  it('compiles templates from the entries on first use instead of repeating them', () => {
    const { contents } = emitMessages(api);
    expect(contents).not.toContain('Field');
    expect(contents).toContain("import { lookup } from './entries.js';");
    expect(contents).toContain('compileTemplate(entry.message ?? entry.name, entry.paramDefaults, entry.params)');
    // Cached under the catalog's code and variant index only: a JavaScript caller's spellings
    // (' 0042', an alias) must not grow the caches.
    expect(contents).toContain('formatters.set(entry.code, format);');
    expect(contents).toContain('const canonical = `${entry.code}/${chosen.index}`;');
    expect(contents).toContain('variantFormatters.set(canonical, format);');
    expect(contents).not.toMatch(/formatters\.set\((code|key),/);
    expect(contents).toContain('export function formatMessage<C extends MiniCode, P extends ParamList = MiniParamsMap[C]>(code: C, ...params: NoInfer<P>): string');
  });
});

describe('emitEntries', () => {
  it('emits the entry rows, aliases once, and a lookup that accepts padded integers', () => {
    const { contents } = emitEntries(api);
    // Rows leave out defaults (name = code, statuses = [status], kind error, retry never, docs = <group>.html#<name lowercased>),
    // and are keyed by their position in the code list, declared before them.
    const list = contents.slice(contents.indexOf('export const miniCodeList'), contents.indexOf('];') + 2);
    expect(list).toBe('export const miniCodeList: readonly MiniCode[] = [\n  0,\n  3,\n  7,\n];');
    const rows = contents.slice(contents.indexOf('} = /* @__PURE__ */ entryLookup<MiniEntry>(miniCodeList, [\n'), contents.indexOf('], "https://'));
    expect(rows.split('\n').slice(1, -1)).toEqual([
      '  [200, "Done, 100%% complete.", [], "main", { name: "OK", kind: "success" }],',
      expect.stringMatching(/^ {2}\[503, "Busy\.", \[\], "main", \{ name: "BUSY", /),
      '  [400, "Field %s is missing from %s.", ["field", "form"], "main", { name: "MISSING_FIELD", aliases: [70] }],',
    ]);
    // Each alias is written once, in its code's row: the runtime indexes it (no second alias table).
    expect(contents.match(/\b70\b/g)).toHaveLength(1);
    expect(contents).toContain('], "https://example.test/docs/mini/", normalizeCode) as typeof lookup;');
    // The runtime's lookup itself, typed by the overloads: no wrapper function for bundles to carry.
    expect(contents).toContain('export const lookup: {\n  <C extends MiniCode>(code: C): MiniEntry<C>;\n  (code: unknown): MiniEntry | undefined;\n} = /* @__PURE__ */ entryLookup<MiniEntry>(');
    expect(contents).toContain('retryDelaySeconds: 30');
    expect(contents).toContain('deprecated: { reason: "Replaced by OK.", replacedBy: 0 }');
  });
});

describe('emitParse: the parser features the catalog needs, and no other', () => {
  const withEnvelope = (envelope: Partial<ApiModel['envelope']>, variants = 1): ApiModel => ({
    ...api,
    codeType: envelope.codeType ?? api.codeType,
    envelope: { ...api.envelope, ...envelope },
    codes: api.codes.map((c, i) => (i === 0 ? { ...c, variants: Array.from({ length: variants }, () => c.variants[0]!) } : c)),
  });

  it('an integer-coded envelope with nothing else needs only integer codes', () => {
    expect(parserFeatures(api)).toEqual([['integerCodes', 'normalizeCode']]);
    expect(emitParse(api).contents).toContain('composeParser<MiniParseResult>(spec, { lookup }, { integerCodes: normalizeCode });');
  });

  it('each part of the envelope, and a code with several variants, adds its feature', () => {
    const full = withEnvelope(
      { codeType: 'string', headers: { retryAfter: { header: 'Retry-After', type: 'seconds-or-date', description: 'x' } }, entryPaths: ['a[].b'], nestedErrorsPath: 'details.errors' },
      2,
    );
    expect(parserFeatures(full).map(([key]) => key)).toEqual(['headers', 'entryPaths', 'causes', 'variants']);
    const contents = emitParse(full).contents;
    expect(contents).toContain('{ headers: headerReader, entryPaths: entryPathReader, causes: readCauses, variants: pickVariant }');
    for (const name of ['headerReader', 'entryPathReader', 'readCauses', 'pickVariant']) expect(contents).toContain(`  ${name},\n`);
    expect(contents).not.toContain('normalizeCode');
  });

  it('an empty header map or entry-path list adds nothing', () => {
    expect(parserFeatures(withEnvelope({ codeType: 'string', headers: {}, entryPaths: [] }))).toEqual([]);
    expect(emitParse(withEnvelope({ codeType: 'string' })).contents).toContain(', {});');
  });
});

describe('emitParse: detailsOf', () => {
  it("its JSDoc example names the code's constant and a plain property, never catalog text a comment cannot hold", () => {
    const hostile = {
      ...api,
      codeType: 'string' as const,
      envelope: { ...api.envelope, codeType: 'string' as const },
      codes: api.codes.map((c) => (c.details === undefined ? c : { ...c, code: 'x*/y', details: { type: 'object', properties: { 'a*/b': { type: 'string' }, field: { type: 'string' } } } })),
    };
    const contents = emitParse(hostile).contents;
    expect(contents).toContain('if (hasCode(err, MISSING_FIELD)) detailsOf(err)?.field;');
    expect(contents).not.toContain('x*/y');
    expect(contents).not.toContain('a*/b');
  });
});

describe('emitRetry', () => {
  it('lists only the codes worth retrying', () => {
    const { contents } = emitRetry(api);
    expect(contents).toMatch(/new Set<MiniCode>\(\[\s*3,\s*\]\)/);
  });
});

describe('package files', () => {
  it('index re-exports every module but the subpath-only enum; types-only modules as types', () => {
    const { contents } = emitIndex(api);
    expect(contents).toContain("export * from './codes.js';");
    expect(contents).toContain("export type * from './errors.js';");
    expect(contents).not.toContain('enum');
  });

  it('package.json depends on the runtime through the workspace protocol and maps every module', () => {
    const pkg = JSON.parse(emitPackageJson(api, '1.2.3').contents) as Record<string, any>;
    expect(pkg.name).toBe('@errcat/mini');
    expect(pkg.dependencies['@errcat/runtime']).toBe('workspace:^1.2.3');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.types).toBe('./dist/esm/index.d.ts');
    expect(pkg.exports['./catalog.json']).toBe('./catalog.json');
    expect(pkg['//']).toContain('pnpm generate');
  });

  it('catalog.json holds the normalized catalog, sorted, with docs links', () => {
    const doc = JSON.parse(emitCatalogJson(api).contents) as { codes: Array<{ code: number; docs: string }>; $comment: string };
    expect(doc.codes.map((c) => c.code)).toEqual([0, 3, 7]);
    expect(doc.codes[2]?.docs).toBe('https://example.test/docs/mini/main.html#missing_field');
    expect(doc.$comment).toContain('test/fixtures/mini/mini.json');
  });
});

describe('emitDocs', () => {
  it('renders a README with every code, an index and one page per group, a section per code', () => {
    const files = emitDocs(api);
    expect(files.map((f) => f.path)).toEqual(['README.md', 'docs/README.md', 'docs/codes/main.md']);
    const readme = files[0]?.contents ?? '';
    // Code links go to the docs site; names show where they differ from the code.
    expect(readme).toContain('| [`7`](https://example.test/docs/mini/main.html#missing_field) | `MISSING_FIELD` | 400 | error | Field %s is missing from %s. |');
    expect(readme).toContain('[the pages in this package](docs/README.md)');
    expect(readme).toContain('npm install @errcat/mini');
    expect(readme).toContain('| Part | Where |\n|---|---|\n| Code field |');
    const index = files[1]?.contents ?? '';
    expect(index).toContain('## [Main](codes/main.md)');
    expect(index).toContain('| [`7`](codes/main.md#missing_field) | `MISSING_FIELD` | 400 | Field %s is missing from %s. |');
    const page = files[2]?.contents ?? '';
    expect(page).toContain('\n# Main\n');
    expect(page).toContain('| [`7`](#missing_field) | `MISSING_FIELD` | 400 | Field %s is missing from %s. |');
    // Sections in code order, each an anchor line right before its heading.
    const sections = [...page.matchAll(/^<a id="([^"]+)"><\/a>\n## (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(sections).toEqual([
      ['ok', '0 — OK'],
      ['busy', '3 — BUSY'],
      ['missing_field', '7 — MISSING\\_FIELD'],
    ]);
    const missing = page.slice(page.indexOf('<a id="missing_field">'));
    expect(missing).toContain('### Parameters');
    expect(missing).toContain('| 1 | `field` | The field. |  |');
    expect(missing).toContain('### Fix\n\nSend the field.');
    expect(missing).toContain('- **Aliases:** `70`');
    expect(missing).toContain('### Handling it\n\n```ts\nimport { detailsOf, formatMessage, hasCode, parseResponse, retryAdvice } from "@errcat/mini";');
    // No key/value table with an empty header row any more.
    expect(page).not.toContain('| | |');
    const busy = page.slice(page.indexOf('<a id="busy">'), page.indexOf('<a id="missing_field">'));
    expect(busy).toContain('> **Deprecated:** Replaced by OK. Use [`0`](#ok) instead.');
    expect(page.endsWith('\n[All codes](../README.md) · [Package README](../../README.md)\n')).toBe(true);
  });

  it('shows the Name column only when a name differs from its code, and the source as a link when it has a URL', () => {
    const same = api.codes.map((c) => ({ ...c, name: String(c.code), source: { ...c.source, url: 'https://vendor.example/errors' } }));
    const files = emitDocs({ ...api, codes: same });
    expect(files[0]?.contents).toContain('| Code | HTTP | Kind | Message |');
    expect(files[0]?.contents).not.toContain('| Name |');
    expect(files[2]?.contents).toContain('| Code | HTTP | Message |');
    expect(files[2]?.contents).toContain('- **Source:** [');
    expect(files[2]?.contents).toContain('](https://vendor.example/errors)');
    expect(files[2]?.contents).not.toMatch(/seeds\/|\.txt/);
  });

  it('describes details without properties in words, with no raw schema after them', () => {
    const open = api.codes.map((c) => ({ ...c, details: { type: 'object', additionalProperties: true } }));
    const page = emitDocs({ ...api, codes: open })[2]?.contents ?? '';
    expect(page).toContain('### Details\n\nAn object; the vendor documents none of its properties.\n');
    expect(page).not.toContain('"additionalProperties"');
    const typed = emitDocs(api)[2]?.contents ?? '';
    if (api.codes.some((c) => Object.keys((c.details?.properties as object | undefined) ?? {}).length > 0)) {
      expect(typed).toContain('| Property | Type | Required | Description |');
      expect(typed).toContain('<details><summary>JSON Schema</summary>');
    }
  });

  it('gives codes of a group api.groups does not list a page of their own, after the listed ones, at a safe path', () => {
    // Validation rejects such a catalog (known-references); the model and emitters still cope.
    const catalog = JSON.parse(readFileSync(`${ROOT}test/fixtures/mini/mini.json`, 'utf8')) as ErrcatCatalog;
    (catalog.codes[0] as { group: string }).group = 'Odd group/..';
    catalog.api.groups = [...(catalog.api.groups ?? []), { id: 'main', title: 'Main again' }];
    const model = normalize({ catalog, catalogFile: 'test/fixtures/mini/mini.json', version: '0.0.0' });
    const odd = model.codes.find((c) => c.group.id === 'Odd group/..');
    expect(odd).toMatchObject({ docsPage: 'Odd_group___', anchor: 'missing_field', docsUrl: 'https://example.test/docs/mini/Odd_group___.html#missing_field' });
    const files = emitDocs(model);
    expect(files.map((f) => f.path)).toEqual(['README.md', 'docs/README.md', 'docs/codes/main.md', 'docs/codes/Odd_group___.md']);
    expect(files[3]?.contents).toContain('\n# Odd group/..\n');
    // The runtime's default page is the group id: the row names the page it really is.
    expect(emitEntries(model).contents).toContain('page: "Odd_group___.html#missing_field"');
  });
});
