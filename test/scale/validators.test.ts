/**
 * Generation at scale must not only finish but stay correct: past 1,000 `details` schemas the
 * standalone validators are compiled in chunks, each in its own function scope (ajv overflowed
 * the call stack assembling one module for 10,000). This runs the real pipeline on 2,500 codes
 * (three chunks) and checks that validators from every chunk accept the catalog's example
 * details and reject a wrong type.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAll, loadAndValidate } from '../../codegen/src/pipeline.js';
import type { CodeEntry } from '../../codegen/src/catalog.types.js';
import { syntheticCatalog } from '../../bench/synthetic-catalog.js';
import { createSyntheticRoot, REPO_ROOT, type SyntheticRoot } from '../../bench/synthetic-root.js';

const CODES = 2_500;

type Validator = ((details: unknown) => boolean) & { errors?: unknown };

describe(`details validators of a ${CODES.toLocaleString('en')}-code package`, () => {
  let root: SyntheticRoot;
  let dir: string;
  let source: string;
  let validators: Record<string, Validator | undefined>;
  const codes: CodeEntry[] = syntheticCatalog({ codes: CODES }).codes;

  beforeAll(async () => {
    root = createSyntheticRoot({ codes: CODES });
    const result = loadAndValidate({ root: root.root });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const files = await emitAll(result.apis, root.root);
    const file = files.find((f) => f.path.endsWith('/src/validators.ts'));
    if (file === undefined) throw new Error('no validators.ts generated');
    source = file.contents;
    dir = mkdtempSync(join(tmpdir(), 'errcat-validators-'));
    mkdirSync(join(dir, 'node_modules', '@errcat'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'packages', 'runtime'), join(dir, 'node_modules', '@errcat', 'runtime'), 'dir');
    const js = await transform(source, { loader: 'ts', format: 'esm' });
    writeFileSync(join(dir, 'validators.mjs'), js.code);
    ({ detailsValidators: validators } = (await import(pathToFileURL(join(dir, 'validators.mjs')).href)) as {
      detailsValidators: Record<string, Validator | undefined>;
    });
  }, 300_000);

  afterAll(() => {
    root?.remove();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles the schemas in separate scopes', () => {
    expect(source.match(/= \(\(\) => \{/g)?.length).toBe(Math.ceil(CODES / 1000));
    expect(source).not.toMatch(/^\s*export const details\d/m);
  });

  it('accepts example details and rejects a wrong type, in every chunk', () => {
    for (const entry of [codes[0], codes[999], codes[1000], codes[1777], codes[CODES - 1]] as CodeEntry[]) {
      const validate = validators[String(entry.code)];
      expect(validate, String(entry.code)).toBeTypeOf('function');
      const example = (entry.example as { details: Record<string, unknown> }).details;
      expect(validate?.(example), String(entry.code)).toBe(true);
      const schema = entry.details as { required: string[]; properties: Record<string, { type: string }> };
      const key = schema.required[0] as string;
      const wrong = schema.properties[key]?.type === 'string' ? 42 : 'not the declared type';
      expect(validate?.({ ...example, [key]: wrong }), String(entry.code)).toBe(false);
    }
  });
});
