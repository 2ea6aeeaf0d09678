/**
 * json-schema-to-typescript on a second thread. Compiling the `details` types is the largest single
 * step of a generation run (~0.3 s per 1,000 codes, more while the JIT is cold), and it needs
 * nothing but the catalog's details schemas: while this thread validates the catalog and emits the
 * other files, the worker compiles them. Used only by the bundled CLI (the worker runs
 * codegen/dist/details-worker.mjs; sources under tsx or vitest compile in-thread), and only for the
 * very job emitDetails asks for (detailsJob gives one job per model): the text is the same either way.
 *
 * A job travels chunk by chunk (a `start` message, then each chunk as detailsJobOf builds it from
 * the catalog, before the model is normalized): the worker compiles the first chunk while this
 * thread builds the rest and normalizes, instead of waiting for the whole job (~0.5 s of a cold
 * 10,000-code run: normalizing, building the job and cloning it across threads).
 */
import { Worker, parentPort } from 'node:worker_threads';
import { warmUp } from './details-warm-up.js';
import { assembleDetails, compileDetailsChunk, compileDetailsJob, detailsJobOf, type DetailsJob } from './emit/details.js';
import type { DetailsSource } from './model.js';

/** esbuild defines this as true in codegen/dist/errcat.mjs (codegen/scripts/bundle.mjs). */
declare const ERRCAT_BUNDLED: boolean | undefined;

/** How long close() waits for the worker to stop. */
const CLOSE_WAIT_MS = 1000;

type Request =
  | { type: 'start'; id: number; count: number; name: string; bannerComment: string }
  | { type: 'chunk'; id: number; index: number; chunk: Record<string, unknown> };
type Reply = { id: number; text: string } | { id: number; error: string };

/**
 * A worker started before the generator was loaded (codegen/bin/errcat.mjs), with what the bin saw
 * of it meanwhile: one that stopped already (failed to load, say) is not used.
 */
export interface StartedWorker {
  readonly worker: Worker;
  readonly stopped: boolean;
}

export class DetailsThread {
  private readonly worker: Worker;
  private readonly byJob = new WeakMap<DetailsJob, Promise<string>>();
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  /**
   * The worker the bin already started (codegen/bin/errcat.mjs starts it before loading the
   * generator, so that its ~0.2 s of start-up overlaps the main thread's), else a new one when
   * running bundled, otherwise undefined (compile in-thread; also when the started one stopped).
   */
  static start(started?: StartedWorker): DetailsThread | undefined {
    if (started !== undefined) return started.stopped ? undefined : new DetailsThread(started.worker);
    return typeof ERRCAT_BUNDLED !== 'undefined' && ERRCAT_BUNDLED ? new DetailsThread(new Worker(new URL('./details-worker.mjs', import.meta.url))) : undefined;
  }

  private constructor(worker: Worker) {
    this.worker = worker;
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('text' in reply) waiter?.resolve(reply.text);
      else waiter?.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    // A worker that stops without an error event (process.exit in it, say) must not leave jobs waiting forever.
    this.worker.on('exit', (code) => fail(new Error(`the details worker stopped (exit code ${code})`)));
    // Idle, the worker must not keep the process alive.
    this.worker.unref();
  }

  /** Starts compiling a details job on the worker, sent chunk by chunk as it is built; returns the job. */
  submit(source: DetailsSource): DetailsJob {
    let id: number | undefined;
    return detailsJobOf(source, {
      start: (count, job) => {
        id = this.nextId++;
        const done = new Promise<string>((resolve, reject) => this.waiting.set(id as number, { resolve, reject }));
        // Marked handled here: a job nobody asks for again (its catalog failed validation) may fail unseen.
        done.catch(() => undefined);
        this.byJob.set(job, done);
        this.worker.ref();
        this.post({ type: 'start', id, count, name: job.name, bannerComment: job.bannerComment });
      },
      chunk: (chunk, index) => {
        if (id !== undefined) this.post({ type: 'chunk', id, index, chunk });
      },
    });
  }

  private post(request: Request): void {
    this.worker.postMessage(request);
  }

  /**
   * The text for a job: the worker's, if this job was submitted, else compiled in this thread. When
   * the worker fails the job (it died, or json-schema-to-typescript threw there), it is compiled
   * here: a broken worker costs time, never output, and a real error is reported from this thread.
   */
  compile(job: DetailsJob): Promise<string> {
    const sent = this.fromWorker(job);
    return sent === undefined ? compileDetailsJob(job) : sent.catch(() => compileDetailsJob(job));
  }

  /** The worker's answer for a submitted job, without falling back (tests check the worker itself with it). */
  fromWorker(job: DetailsJob): Promise<string> | undefined {
    return this.byJob.get(job);
  }

  /**
   * Stops the worker (pending jobs are dropped). Now and then (about 1 run in 30, in a run whose
   * catalog failed validation, while the worker was still starting) the promise of terminate()
   * never settled and nothing else kept the event loop alive: the process ended mid-await with
   * exit code 13. A timer bounds the wait and keeps the loop alive meanwhile; the worker ends with
   * the process anyway.
   */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const stopped = this.worker.terminate().catch(() => undefined);
    await Promise.race([stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
    clearTimeout(timer);
  }
}

/**
 * The worker's side: compile each job's chunks as they arrive, one after another, and reply with
 * the job's text once its last chunk is compiled, or with its first error. Until the first message
 * arrives, the worker warms up (details-warm-up.ts).
 */
export function serveDetails(): void {
  let jobArrived = false;
  let queue: Promise<unknown> = warmUp(() => jobArrived);
  const jobs = new Map<number, { name: string; bannerComment: string; count: number; texts: string[] }>();
  const reply = (message: Reply): void => parentPort?.postMessage(message);
  const fail = (id: number, error: unknown): void => {
    jobs.delete(id);
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  };
  parentPort?.on('message', (request: Request) => {
    jobArrived = true;
    if (request.type === 'start') {
      // No chunks will come: failed here, the job is compiled in the main thread, which reports why.
      if (request.count === 0) fail(request.id, new Error('a details job with no chunks'));
      else jobs.set(request.id, { name: request.name, bannerComment: request.bannerComment, count: request.count, texts: [] });
      return;
    }
    const { id, index, chunk } = request;
    queue = queue.then(async () => {
      const job = jobs.get(id);
      if (job === undefined) return; // failed already
      try {
        job.texts[index] = await compileDetailsChunk(chunk, job);
        if (index === job.count - 1) {
          jobs.delete(id);
          reply({ id, text: assembleDetails(job.texts, job.name) });
        }
      } catch (error) {
        fail(id, error);
      }
    });
  });
}
