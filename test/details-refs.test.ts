/**
 * A details schema with `$ref`s (`#/$defs/<name>` and `#`, the subset the catalog schema allows)
 * generates: its refs point into its own schema, not the whole details map, and the package
 * type-checks, validates and parses with them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAll, loadAndValidate } from '../codegen/src/pipeline.js';
import { byPath, ROOT } from './helpers/generate.js';
import { importBundled, typeCheck, writeScratch } from './helpers/compile.js';

const schema = {
  type: 'object',
  properties: {
    field: { type: 'string' },
    owner: { $ref: '#/$defs/person' },
    team: { type: 'array', items: { $ref: '#/$defs/person' } },
    parent: { $ref: '#' },
    marker: { const: { $ref: '#/$defs/person' } },
  },
  required: ['field'],
  $defs: {
    person: { type: 'object', properties: { name: { type: 'string' }, manager: { $ref: '#/$defs/person' } }, required: ['name'] },
  },
};

let root: string;
let files: Map<string, string>;
let dir: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'errcat-refs-'));
  mkdirSync(join(root, 'catalog'));
  const catalog = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mini/mini.json'), 'utf8')) as {
    api: { envelope: Record<string, unknown> };
    codes: Array<Record<string, unknown>>;
  };
  catalog.api.envelope.detailsField = 'details';
  const entry = catalog.codes.find((c) => c.details !== undefined) as Record<string, unknown>;
  entry.details = schema;
  delete entry.example;
  const path = join(root, 'catalog', 'mini.json');
  writeFileSync(path, JSON.stringify(catalog, null, 2));
  const result = loadAndValidate({ root: ROOT, catalogFiles: [path], outDir: join(root, 'generated') });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.rule} ${p.pointer} ${p.message}`).join('\n'));
  const generated = await emitAll(result.apis, ROOT);
  files = byPath(generated);
  dir = writeScratch(generated, 'refs');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('details schemas with $ref', () => {
  it('types each ref as the code\'s own definition, recursion included', () => {
    const details = files.get('mini/src/details.ts') as string;
    expect(details).toMatch(/owner\?: MissingFieldDetails_Person\n/);
    expect(details).toMatch(/team\?: MissingFieldDetails_Person\[\]\n/);
    expect(details).toMatch(/parent\?: MissingFieldDetails\n/);
    expect(details).toMatch(/export interface MissingFieldDetails_Person \{[^}]*manager\?: MissingFieldDetails_Person\n/);
    expect(typeCheck([join(dir, 'mini/src/details.ts')])).toEqual([]);
  });

  it('validates details through the refs at run time', async () => {
    type Entry = { details: unknown };
    const pkg = await importBundled<{
      parseResponse: (body: string, init?: { status?: number }) => { entries: Entry[] };
      detailsOf: (error: Entry) => unknown;
      detailsIssues: (error: Entry) => readonly unknown[];
    }>(join(dir, 'mini/src/index.ts'));
    const body = (details: unknown): string => JSON.stringify({ code: 7, message: 'Field a is missing from b.', details });
    const valid = (details: unknown): boolean => {
      const entry = pkg.parseResponse(body(details), { status: 400 }).entries[0] as Entry;
      const ok = pkg.detailsIssues(entry).length === 0;
      expect(pkg.detailsOf(entry)).toBe(ok ? entry.details : undefined);
      return ok;
    };
    expect(valid({ field: 'x', owner: { name: 'a', manager: { name: 'b' } }, parent: { field: 'y' } })).toBe(true);
    expect(valid({ field: 'x', owner: { name: 'a', manager: { name: 1 } } })).toBe(false);
    expect(valid({ field: 'x', team: [{}] })).toBe(false);
    expect(valid({ field: 'x', parent: {} })).toBe(false);
  });
});
