/**
 * The benchmark's "emit vs plain strings" ratio only means something while bench/plain-emitter.ts
 * writes the same bytes as the real emitters; it drifted twice when errors.ts changed. Checked here,
 * on every catalog and the hostile fixture, so the drift fails CI instead of a benchmark row.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainCodes, plainErrors } from '../bench/plain-emitter.js';
import { emitCodes } from '../codegen/src/emit/codes.js';
import { emitErrors } from '../codegen/src/emit/errors.js';
import { loadAndValidate } from '../codegen/src/pipeline.js';
import { ROOT } from './helpers/generate.js';

const catalogs = [
  ...readdirSync(join(ROOT, 'catalog'))
    .filter((f) => f.endsWith('.json') && f !== 'catalog.schema.json')
    .map((f) => join(ROOT, 'catalog', f)),
  join(ROOT, 'test/fixtures/hostile/hostile.json'),
];

describe('bench/plain-emitter.ts', () => {
  it.each(catalogs.map((f) => [f.slice(ROOT.length)]))('writes what codes.ts and errors.ts emit: %s', (file) => {
    const result = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, file)], outDir: join(ROOT, '.errcat-none') });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    for (const { model } of result.apis) {
      expect(plainCodes(model)).toBe(emitCodes(model).contents);
      expect(plainErrors(model)).toBe(emitErrors(model).contents);
    }
  });
});
