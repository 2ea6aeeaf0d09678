/**
 * catalog-validator.ts is ajv's standalone code for catalog.schema.json, generated at development
 * time: it must be the code the schema compiles to today, and report exactly what ajv compiling
 * the schema at run time reports, on every broken fixture (the messages and positions built from
 * those errors depend on every field, parentSchema included).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../src/pipeline.js';
import * as precompiled from '../src/validate/catalog-validator.js';
import { catalogValidatorModule } from '../src/validate/precompile.js';
import { catalogValidator, createAjv, schemaHash } from '../src/validate/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA = join(ROOT, 'catalog/catalog.schema.json');
const BROKEN = join(ROOT, 'codegen/test/fixtures/broken');
const schemaText = readFileSync(SCHEMA, 'utf8');

describe('precompiled catalog validator', () => {
  it('codegen/src/validate/catalog-validator.ts matches catalog/catalog.schema.json (run `pnpm generate:schema-types`)', () => {
    expect(readFileSync(join(ROOT, 'codegen/src/validate/catalog-validator.ts'), 'utf8')).toBe(catalogValidatorModule(schemaText));
  });

  it('an edited schema that is not JSON, or does not compile, is a located problem (it was an internal error)', () => {
    const root = mkdtempSync(join(tmpdir(), 'errcat-schema-'));
    try {
      mkdirSync(join(root, 'catalog'));
      cpSync(join(ROOT, 'catalog/hyper.json'), join(root, 'catalog/hyper.json'));
      const schemaFile = join(root, 'catalog/catalog.schema.json');
      const run = () => loadAndValidate({ root, outDir: join(root, 'generated') });
      writeFileSync(schemaFile, '{\n  "type": "object",\n');
      expect(run()).toMatchObject({ ok: false, problems: [{ file: 'catalog/catalog.schema.json', line: 2, rule: 'json-syntax' }] });
      // The catalogs are still read: a catalog's own syntax problem is said in the same run.
      writeFileSync(join(root, 'catalog/broken.json'), '{"api": ');
      expect(run()).toMatchObject({ ok: false, problems: [{ file: 'catalog/broken.json', rule: 'json-syntax' }, { file: 'catalog/catalog.schema.json', rule: 'json-syntax' }] });
      // With no catalog that parses, the schema's problem is said too.
      rmSync(join(root, 'catalog/hyper.json'));
      expect(run()).toMatchObject({ ok: false, problems: [{ file: 'catalog/broken.json', rule: 'json-syntax' }, { file: 'catalog/catalog.schema.json', rule: 'json-syntax' }] });
      // A catalog whose text repeats a key: that problem is its text's own, said beside the schema's.
      writeFileSync(join(root, 'catalog/broken.json'), '{"api": 1, "api": 2}');
      expect(run()).toMatchObject({ ok: false, problems: [{ file: 'catalog/broken.json', rule: 'duplicate-key' }, { file: 'catalog/catalog.schema.json', rule: 'json-syntax' }] });
      rmSync(join(root, 'catalog/broken.json'));
      cpSync(join(ROOT, 'catalog/hyper.json'), join(root, 'catalog/hyper.json'));
      writeFileSync(schemaFile, '{"type": "objekt"}');
      expect(run()).toMatchObject({
        ok: false,
        problems: [{ file: 'catalog/catalog.schema.json', line: 1, column: 1, rule: 'catalog-schema', message: 'the catalog schema does not compile', found: expect.stringContaining('type') }],
      });
      // A schema that compiles is used: the catalog is checked against it (here it must be an array).
      writeFileSync(schemaFile, '{"type": "array"}');
      expect(run()).toMatchObject({ ok: false, problems: [{ file: 'catalog/hyper.json', pointer: '', rule: 'schema/type' }] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is used for the schema it was generated from, and only for it', () => {
    expect(precompiled.schemaHash).toBe(schemaHash(schemaText));
    expect(catalogValidator(SCHEMA)).toBe(precompiled.validate);
    expect(schemaHash(`${schemaText} `)).not.toBe(precompiled.schemaHash);
  });

  const runtime = createAjv().compile(JSON.parse(schemaText) as object);
  const documents = readdirSync(BROKEN)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      try {
        return [[name, JSON.parse(readFileSync(join(BROKEN, name), 'utf8')) as unknown] as const];
      } catch {
        return []; // the JSON-syntax fixtures never reach the schema
      }
    });

  it('has broken fixtures to compare on, some failing the schema', () => {
    expect(documents.length).toBeGreaterThan(20);
    expect(documents.filter(([, data]) => !runtime(data)).length).toBeGreaterThan(10);
  });

  it.each(documents)('reports what ajv compiled at run time reports: %s', (_, data) => {
    const validate = precompiled.validate as unknown as typeof runtime;
    const valid = validate(data);
    expect(valid).toBe(runtime(data));
    expect(validate.errors ?? null).toEqual(runtime.errors ?? null);
  });
});
