/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP during the swap that replaces generated packages or site
 * pages, or during the recovery of a killed run. Without a listener Node ends the process at once,
 * between two renames, and the folder stays part old, part new until the next errcat command
 * finishes or undoes the swap; a build run in between compiled the mixed sources. With one, the
 * signal waits for the event loop, which turns only once the synchronous swap has ended: the run
 * then stops with every package whole, old or new. (SIGKILL cannot be caught: the journal covers
 * it, write.ts.)
 *
 * Only the swap holds signals: outside it Ctrl-C ends errcat at once, as before. The listener is
 * removed two event-loop turns after the swap: a signal sent during it is delivered in the poll
 * phase between those turns (removed sooner, it would find no listener and be lost).
 */
import { constants } from 'node:os';

const HELD = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Swaps under way or just ended whose signals may not have been delivered yet. */
let holds = 0;
/** Whether the last held write threw: a signal after it leaves the run to report that failure. */
let lastWriteFailed = false;

function stop(signal: NodeJS.Signals): void {
  // The write threw: the run is on its way to say why (and whether the folder was restored), and
  // to exit with that failure's code; a line here would come first and claim more than is known.
  if (lastWriteFailed) return;
  process.stderr.write(`errcat: stopped by ${signal} once its write had ended: nothing is left half written\n`);
  process.exit(128 + (constants.signals[signal] ?? 0));
}

function release(): void {
  // The first callback runs in this turn's check phase, the second in the next turn's, after a
  // poll phase has delivered any signal that came during the write.
  setImmediate(() =>
    setImmediate(() => {
      holds--;
      if (holds === 0) for (const s of HELD) process.off(s, stop);
    }),
  );
}

/** Runs a synchronous write that a signal must not cut in two. */
export function withSignalsHeld<T>(write: () => T): T {
  if (holds++ === 0) for (const s of HELD) process.on(s, stop);
  lastWriteFailed = false;
  try {
    return write();
  } catch (error) {
    lastWriteFailed = true;
    throw error;
  } finally {
    release();
  }
}
