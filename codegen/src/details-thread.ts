/**
 * json-schema-to-typescript on a second thread. Compiling the `details` types is the largest single
 * step of a generation run (~0.3 s per 1,000 codes, more while the JIT is cold), and it needs
 * nothing but the catalog's details schemas: while this thread validates the catalog and emits the
 * other files, the worker compiles them. Used only by the bundled CLI (the worker runs
 * codegen/dist/details-worker.mjs; sources under tsx or vitest compile in-thread), and only for the
 * very job emitDetails asks for (detailsJob gives one job per model): the text is the same either way.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { warmUp } from './details-warm-up.js';
import { compileDetailsJob, type DetailsJob } from './emit/details.js';

/** esbuild defines this as true in codegen/dist/errcat.mjs (codegen/scripts/bundle.mjs). */
declare const ERRCAT_BUNDLED: boolean | undefined;

type Reply = { id: number; text: string } | { id: number; error: string };

export class DetailsThread {
  private readonly worker: Worker;
  private readonly byJob = new WeakMap<DetailsJob, Promise<string>>();
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  /**
   * The worker the bin already started (codegen/bin/errcat.mjs starts it before loading the
   * generator, so that its ~0.2 s of start-up overlaps the main thread's), else a new one when
   * running bundled, otherwise undefined (compile in-thread).
   */
  static start(started?: Worker): DetailsThread | undefined {
    if (started !== undefined) return new DetailsThread(started);
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
    this.worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    });
    // Idle, the worker must not keep the process alive.
    this.worker.unref();
  }

  /** Starts compiling a job on the worker (a job already submitted is not sent twice). */
  submit(job: DetailsJob): void {
    if (this.byJob.has(job)) return;
    const id = this.nextId++;
    const done = new Promise<string>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // Marked handled here: a job nobody asks for again (its catalog failed validation) may fail unseen.
    done.catch(() => undefined);
    this.byJob.set(job, done);
    this.worker.ref();
    this.worker.postMessage({ id, job });
  }

  /** The text for a job: the worker's, if this job was submitted, else compiled in this thread. */
  compile(job: DetailsJob): Promise<string> {
    return this.byJob.get(job) ?? compileDetailsJob(job);
  }

  /** Stops the worker (pending jobs are dropped). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * The worker's side: compile each job posted, one after another, and reply with its text or its
 * error. Until the first job arrives, the worker warms up (details-warm-up.ts).
 */
export function serveDetails(): void {
  let jobArrived = false;
  let queue: Promise<unknown> = warmUp(() => jobArrived);
  parentPort?.on('message', ({ id, job }: { id: number; job: DetailsJob }) => {
    jobArrived = true;
    queue = queue
      .then(() => compileDetailsJob(job))
      .then(
        (text) => parentPort?.postMessage({ id, text } satisfies Reply),
        (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
      );
  });
}
