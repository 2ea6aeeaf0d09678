/**
 * Details checking at scale: a 10,000-code catalog passes validation (example-matches runs the
 * runtime validator on every example), its schema table is emitted as plain data, loads as a
 * module, and every schema in it accepts its example and rejects a wrong type. The ajv
 * standalone code this replaced had to be compiled in chunks (one module overflowed the call
 * stack at 10,000 schemas); a table has no such limit, and this guards that it stays so.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDetails, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';
import { emitEntries } from '../../codegen/src/emit/entries.js';
import { emitValidators } from '../../codegen/src/emit/validators.js';
import { loadAndValidate } from '../../codegen/src/pipeline.js';
import type { CodeEntry } from '../../codegen/src/catalog.types.js';
import { syntheticCatalog } from '../../bench/synthetic-catalog.js';
import { createSyntheticRoot, REPO_ROOT, type SyntheticRoot } from '../../bench/synthetic-root.js';

const CODES = 10_000;

describe(`details schemas of a ${CODES.toLocaleString('en')}-code package`, () => {
  let root: SyntheticRoot;
  let dir: string;
  let source: string;
  let schemas: DetailsValidators['schemas'];
  /** The package's composition of keyword sets (only those its schemas use). */
  let validate: DetailsValidators['validate'];
  const codes: CodeEntry[] = syntheticCatalog({ codes: CODES }).codes;

  beforeAll(async () => {
    root = createSyntheticRoot({ codes: CODES });
    const result = loadAndValidate({ root: root.root });
    if (!result.ok) throw new Error(result.problems.slice(0, 5).map((p) => `${p.pointer} ${p.message}`).join('\n'));
    const model = (result.apis[0] as (typeof result.apis)[number]).model;
    source = emitValidators(model).contents;
    dir = mkdtempSync(join(tmpdir(), 'errcat-validators-'));
    mkdirSync(join(dir, 'node_modules', '@errcat'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'packages', 'runtime'), join(dir, 'node_modules', '@errcat', 'runtime'), 'dir');
    // The schemas are keyed by the code list of entries.ts.
    for (const [name, text] of [['validators', source], ['entries', emitEntries(model).contents]] as const) {
      const js = await transform(text, { loader: 'ts', format: 'esm' });
      writeFileSync(join(dir, `${name}.mjs`), js.code.replace(/from "\.\/(\w+)\.js"/g, 'from "./$1.mjs"'));
    }
    const { detailsValidators } = (await import(pathToFileURL(join(dir, 'validators.mjs')).href)) as { detailsValidators: DetailsValidators };
    expect(detailsValidators.validate).not.toBe(validateDetails);
    schemas = detailsValidators.schemas;
    validate = detailsValidators.validate;
  }, 300_000);

  afterAll(() => {
    root?.remove();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('is one table of data: a line per code, no code compiled per schema', () => {
    expect(source.match(/^ {4}\{ .* \} as DetailsSchema,$/gm)).toHaveLength(CODES);
    expect(source).not.toMatch(/function|=>|@ts-nocheck|ajv/);
    expect(Object.keys(schemas)).toHaveLength(CODES);
  });

  it('accepts every example and rejects a wrong type in every schema', () => {
    for (const entry of codes) {
      const schema = schemas[String(entry.code)] as DetailsSchema;
      const example = (entry.example as { details: Record<string, unknown> }).details;
      expect(validate(schema, example), String(entry.code)).toEqual([]);
      const { required, properties } = entry.details as { required: string[]; properties: Record<string, { type: string }> };
      const key = required[0] as string;
      const type = properties[key]?.type as string;
      expect(validate(schema, { ...example, [key]: type === 'string' ? 42 : 'not the declared type' }), String(entry.code)).toEqual([
        { path: `/${key}`, keyword: 'type', message: `must be ${type}` },
      ]);
    }
  });
});

describe('deep values', () => {
  it('a recursive schema checks a value nested 1,000 levels deep', () => {
    const tree: DetailsSchema = { $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' };
    let value: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) value = { child: value };
    expect(validateDetails(tree, value)).toEqual([]);
    let leaf = value;
    while (leaf.child !== undefined) leaf = leaf.child as Record<string, unknown>;
    leaf.child = 'not an object';
    const [issue, ...rest] = validateDetails(tree, value);
    expect(rest).toEqual([]);
    expect(issue).toEqual({ path: `${'/child'.repeat(1001)}`, keyword: 'type', message: 'must be object' });
  });
});
