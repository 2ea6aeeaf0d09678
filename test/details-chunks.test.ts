/**
 * details.ts is compiled in chunks of codes (emit/details.ts, DETAILS_CHUNK) and the texts merged:
 * the result must be byte for byte what one json-schema-to-typescript call over the whole map
 * writes, whatever the chunk size: integer-like keys (enumerated first), the untyped shape shared
 * across chunks, $ref schemas with their own definitions, hostile names.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../bench/synthetic-catalog.js';
import { readFileSync } from 'node:fs';
import { compileDetailsJob, DETAILS_CHUNK, detailsJob, detailsJobInChunks, detailsJobOf, type DetailsJob } from '../codegen/src/emit/details.js';
import { detailsSourceOf, type ApiModel } from '../codegen/src/model.js';
import type { ErrcatCatalog } from '../codegen/src/catalog.types.js';
import { loadAndValidate } from '../codegen/src/pipeline.js';
import { ROOT } from './helpers/generate.js';

const scratch = mkdtempSync(join(tmpdir(), 'errcat-chunks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function modelOf(file: string): ApiModel {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [file], outDir: join(scratch, 'generated') });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.rule} ${p.pointer} ${p.message}`).join('\n'));
  return (result.apis[0] as (typeof result.apis)[number]).model;
}

/** A synthetic catalog with what chunking could get wrong: digit-only string codes, codes without details, $refs. */
function trickyCatalog(): string {
  const catalog = syntheticCatalog({ codes: 40, id: 'tricky' }) as unknown as { codes: Array<Record<string, unknown>> };
  catalog.codes.forEach((entry, i) => {
    if (i % 7 === 3) entry.code = String(900 - i); // integer-like keys enumerate first, in numeric order
    if (i % 5 === 1) delete entry.details;
    if (i % 9 === 4 && entry.details !== undefined)
      entry.details = {
        type: 'object',
        properties: { self: { $ref: '#' }, item: { $ref: '#/$defs/item' } },
        $defs: { item: { type: 'object', properties: { next: { $ref: '#/$defs/item' } } } },
      };
    delete entry.example;
  });
  const file = join(scratch, 'tricky.json');
  writeFileSync(file, JSON.stringify({ ...catalog, $schema: '../catalog/catalog.schema.json' }, null, 2));
  return file;
}

const catalogs = [
  ...readdirSync(join(ROOT, 'catalog'))
    .filter((f) => f.endsWith('.json') && f !== 'catalog.schema.json')
    .map((f) => join(ROOT, 'catalog', f)),
  join(ROOT, 'test/fixtures/hostile/hostile.json'),
  join(ROOT, 'test/fixtures/mini/mini.json'),
];

describe('details types compiled in chunks', () => {
  it.each([...catalogs.map((f) => [f.slice(ROOT.length)] as const), ['tricky synthetic catalog'] as const])(
    'give one call\'s text at every chunk size: %s',
    async (name) => {
      const model = modelOf(name === 'tricky synthetic catalog' ? trickyCatalog() : join(ROOT, name));
      const whole = await compileDetailsJob(detailsJobInChunks(model, Number.MAX_SAFE_INTEGER));
      for (const size of [1, 2, 3, 7]) {
        const job = detailsJobInChunks(model, size);
        expect(job.chunks.length).toBe(Math.ceil(model.codes.length / size));
        expect(await compileDetailsJob(job)).toBe(whole);
      }
    },
    60_000,
  );

  it('splits a large catalog by default, with the same text', async () => {
    const file = join(scratch, 'large.json');
    writeFileSync(file, JSON.stringify({ ...syntheticCatalog({ codes: DETAILS_CHUNK * 2 + 10, id: 'large' }), $schema: '../catalog/catalog.schema.json' }));
    const model = modelOf(file);
    const job = detailsJob(model);
    expect(job.chunks.length).toBe(3);
    expect(await compileDetailsJob(job)).toBe(await compileDetailsJob(detailsJobInChunks(model, Number.MAX_SAFE_INTEGER)));
  }, 60_000);

  // The bundled generator sends the job built from the catalog before normalizing (pipeline.ts
  // modelAhead) and uses it as the model's: it must be the very job the model gives.
  it.each([...catalogs.map((f) => [f.slice(ROOT.length)] as const), ['tricky synthetic catalog'] as const, ['large synthetic catalog'] as const])(
    'is the same job when built from the catalog before normalizing: %s',
    (name) => {
      let file = name === 'tricky synthetic catalog' ? trickyCatalog() : join(ROOT, name);
      if (name === 'large synthetic catalog') {
        file = join(scratch, 'large-integer.json');
        writeFileSync(file, JSON.stringify({ ...syntheticCatalog({ codes: DETAILS_CHUNK * 2 + 10, id: 'large-integer', codeType: 'integer' }), $schema: '../catalog/catalog.schema.json' }));
      }
      const model = modelOf(file);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as ErrcatCatalog;
      const seen: Array<[string, number]> = [];
      const fromCatalog: DetailsJob = detailsJobOf(detailsSourceOf(catalog, model.catalogFile), {
        start: (count) => seen.push(['start', count]),
        chunk: (_, index) => seen.push(['chunk', index]),
      });
      expect(fromCatalog).toEqual(detailsJobInChunks(model, DETAILS_CHUNK));
      expect(seen).toEqual([['start', fromCatalog.chunks.length], ...fromCatalog.chunks.map((_, i) => ['chunk', i])]);
    },
  );
});
