/**
 * The details worker's failures cost time, never output (details-thread.ts): a worker that stopped
 * before the generator took it over is not used, and a job the worker fails (it exits, or throws
 * while loading) is compiled in this thread. The worker's normal path is tested against the bundled
 * worker in bundle.test.ts.
 */
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { DetailsThread } from '../src/details-thread.js';
import { compileDetailsJob, detailsJob } from '../src/emit/details.js';
import type { ApiModel } from '../src/model.js';
import { loadAndValidate } from '../src/pipeline.js';
import { ROOT } from '../../test/helpers/generate.js';

let api: ApiModel;

beforeAll(() => {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [`${ROOT}catalog/hyper.json`], outDir: `${ROOT}.errcat-none` });
  if (!result.ok) throw new Error('hyper catalog must be valid');
  api = (result.apis[0] as { model: ApiModel }).model;
});

const eval_ = (code: string): Worker => new Worker(code, { eval: true });

describe('DetailsThread', () => {
  it('does not use a worker that stopped before it was taken over', () => {
    const worker = eval_('');
    expect(DetailsThread.start({ worker, stopped: true })).toBeUndefined();
    void worker.terminate();
  });

  it.each([
    ['exits without replying', 'process.exit(3)'],
    ['throws while loading', 'throw new Error("worker failed to load")'],
    ['never answers, then exits', 'setTimeout(() => process.exit(0), 50)'],
  ])('compiles in this thread when the worker %s', async (_, code) => {
    const thread = DetailsThread.start({ worker: eval_(code), stopped: false }) as DetailsThread;
    const job = thread.submit(api);
    await expect(thread.compile(job)).resolves.toBe(await compileDetailsJob(detailsJob(api)));
    await thread.close();
  });
});
