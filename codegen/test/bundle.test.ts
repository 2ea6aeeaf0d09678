/**
 * The CLI runs bundled (codegen/dist/errcat.mjs, codegen/scripts/bundle.mjs): the bundle records
 * every input and counts as stale as soon as one differs, the binary rebuilds a stale bundle
 * before running it, and the bundled generator (json-schema-to-typescript on its worker thread)
 * writes exactly the files the in-process pipeline emits.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, fingerprint, readManifest, staleReason } from '../scripts/bundle.mjs';
import { syntheticCatalog } from '../../bench/synthetic-catalog.js';
import { DetailsThread } from '../src/details-thread.js';
import { compileDetailsJob, DETAILS_CHUNK } from '../src/emit/details.js';
import { detailsSourceOf } from '../src/model.js';
import { emitAll, loadAndValidate } from '../src/pipeline.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'codegen/bin/errcat.mjs');
const work = mkdtempSync(join(tmpdir(), 'errcat-bundle-'));
const bundle = join(work, 'errcat.mjs');

beforeAll(async () => {
  await buildBundle(bundle);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bundle freshness', () => {
  it('records our sources by content, dependencies by size and mtime, and the lockfile', () => {
    const inputs = readManifest(bundle)?.inputs ?? {};
    expect(Object.keys(inputs)).toContain('codegen/src/cli.ts');
    expect(Object.keys(inputs)).toContain('codegen/src/emit/details.ts');
    expect(Object.keys(inputs)).toContain('codegen/scripts/bundle.mjs');
    expect(Object.keys(inputs)).toContain('pnpm-lock.yaml');
    expect(Object.keys(inputs).some((p) => p.includes('node_modules/.pnpm/json-schema-to-typescript@'))).toBe(true);
    expect(Object.keys(inputs).some((p) => p.includes('node_modules/.pnpm/prettier@'))).toBe(false);
    expect(inputs['codegen/src/cli.ts']).toBe(fingerprint(join(ROOT, 'codegen/src/cli.ts')));
    expect(inputs['codegen/src/cli.ts']).not.toMatch(/^\d+:/);
    expect(Object.entries(inputs).find(([p]) => p.includes('node_modules/'))?.[1]).toMatch(/^\d+:[\d.]+$/);
  });

  it('is fresh as built, and stale once any recorded input differs', () => {
    expect(staleReason(bundle)).toBeUndefined();
    const text = readFileSync(bundle, 'utf8');
    const inputs = readManifest(bundle)?.inputs ?? {};
    for (const input of ['codegen/src/load.ts', 'pnpm-lock.yaml', Object.keys(inputs).find((p) => p.includes('node_modules/')) as string]) {
      const edited = join(work, 'edited.mjs');
      writeFileSync(edited, text.replace(`"${input}":"${inputs[input]}"`, `"${input}":"something else"`));
      expect(staleReason(edited)).toBe(`${input} changed`);
    }
    const gone = join(work, 'gone.mjs');
    writeFileSync(gone, text.replace('"codegen/src/load.ts"', '"codegen/src/no-such-file.ts"'));
    expect(staleReason(gone)).toBe('codegen/src/no-such-file.ts changed');
    expect(staleReason(join(work, 'missing.mjs'))).toMatch(/does not exist yet$/);
  });

  it('tells the generator it runs bundled (so generate starts its details worker), the worker in its own smaller file', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(text).not.toContain('ERRCAT_BUNDLED');
    expect(text).toContain('details-worker.mjs');
    const worker = readFileSync(join(work, 'details-worker.mjs'), 'utf8');
    expect(worker).toContain('serveDetails');
    // The worker carries json-schema-to-typescript and none of what only the main thread runs.
    expect(worker).toMatch(/node_modules\/\.pnpm\/json-schema-to-typescript@/);
    expect(text).toMatch(/node_modules\/\.pnpm\/handlebars@/);
    for (const mainOnly of ['handlebars@', 'code-block-writer@', '@humanwhocodes+momoa@']) expect(worker).not.toContain(`node_modules/.pnpm/${mainOnly}`);
    expect(worker.length).toBeLessThan(text.length);
    writeFileSync(join(work, 'details-worker.mjs'), `${worker}\n`);
    expect(staleReason(bundle)).toMatch(/details-worker\.mjs changed$/);
    writeFileSync(join(work, 'details-worker.mjs'), worker);
    expect(staleReason(bundle)).toBeUndefined();
  });

  it('carries every Markdown template precompiled, each one a recorded input', () => {
    const text = readFileSync(bundle, 'utf8');
    const templates = readdirSync(join(ROOT, 'codegen/templates')).filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(0);
    const start = text.indexOf('const ERRCAT_TEMPLATES = {');
    expect(start).toBeGreaterThan(0);
    for (const name of templates) {
      expect(text.indexOf(`${JSON.stringify(name)}: {`, start)).toBeGreaterThan(start);
      expect(readManifest(bundle)?.inputs).toHaveProperty(`codegen/templates/${name}`);
    }
  });

  it('the binary leaves codegen/dist/errcat.mjs fresh and runs it', () => {
    const run = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(staleReason()).toBeUndefined();
  });
});

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('the bundled generator', () => {
  it('writes exactly what the in-process pipeline emits (details types from its worker, or from this thread if it fails)', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'catalog'), { recursive: true });
    mkdirSync(join(repo, 'packages/runtime'), { recursive: true });
    cpSync(join(ROOT, 'catalog/catalog.schema.json'), join(repo, 'catalog/catalog.schema.json'));
    cpSync(join(ROOT, 'packages/runtime/package.json'), join(repo, 'packages/runtime/package.json'));
    for (const fixture of ['test/fixtures/hostile/hostile.json', 'test/fixtures/mini/mini.json', 'test/fixtures/synthetic-api/acme-billing.json']) {
      const text = readFileSync(join(ROOT, fixture), 'utf8').replace(/"(\.\.\/)+catalog\//, '"./');
      writeFileSync(join(repo, 'catalog', fixture.replace(/.*\//, '')), text);
    }

    const run = spawnSync(process.execPath, [BIN, 'generate', '--root', repo, '--no-color'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const result = loadAndValidate({ root: repo });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const expected = new Map((await emitAll(result.apis, repo)).map((f) => [f.path, f.contents]));
    expect([...expected.keys()].some((p) => p.endsWith('src/details.ts'))).toBe(true);
    expect(tree(join(repo, 'generated'))).toEqual(expected);
  });
});

describe('the bundled details worker', () => {
  it('compiles a job sent chunk by chunk to the text compiled in this thread', async () => {
    // Three chunks, the last one short: the worker assembles them once the last is compiled.
    const catalog = syntheticCatalog({ codes: DETAILS_CHUNK * 2 + 7, id: 'chunks' });
    const thread = DetailsThread.start({ worker: new Worker(join(work, 'details-worker.mjs')), stopped: false });
    if (thread === undefined) throw new Error('a started worker is used');
    try {
      const job = thread.submit(detailsSourceOf(catalog as never, 'catalog/chunks.json'));
      expect(job.chunks).toHaveLength(3);
      const [fromWorker, inThread] = await Promise.all([thread.fromWorker(job), compileDetailsJob(job)]);
      expect(fromWorker).toBe(inThread);
    } finally {
      await thread.close();
    }
  }, 60_000);
});
