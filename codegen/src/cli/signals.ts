/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP during the swap that replaces generated packages or site
 * pages. Without a listener Node ends the process at once, between two renames, and the folder
 * stays part old, part new until the next errcat command finishes or undoes the swap; a build run
 * in between compiled the mixed sources. With one, the signal waits for the event loop, which
 * runs only once the synchronous swap has ended: the run then stops with every package whole, old
 * or new. (SIGKILL cannot be caught: the journal covers it, write.ts.)
 *
 * The listener stays for the rest of the process, installed once: removed after the write, a
 * signal still waiting in the loop would find none and be lost, and Node gives no way to tell
 * whether one waits. A signal the loop delivers after the run's last turn is not acted on: that
 * run had finished, and its exit code says how.
 */
import { constants } from 'node:os';

const HELD = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let installed = false;
/** How the last held write ended: a signal after a failed one leaves the run to report its error. */
let lastWrite: 'running' | 'done' | 'failed' = 'done';

function stop(signal: NodeJS.Signals): void {
  // The write threw: the run is on its way to say why (and whether the folder was restored), and
  // to exit with that failure's code; a line here would come first and claim more than is known.
  if (lastWrite === 'failed') return;
  process.stderr.write(`errcat: stopped by ${signal} once its write had ended: nothing is left half written\n`);
  process.exit(128 + (constants.signals[signal] ?? 0));
}

/** Runs a synchronous write that a signal must not cut in two. */
export function withSignalsHeld<T>(write: () => T): T {
  if (!installed) {
    installed = true;
    for (const s of HELD) process.on(s, stop);
  }
  lastWrite = 'running';
  try {
    const result = write();
    lastWrite = 'done';
    return result;
  } catch (error) {
    lastWrite = 'failed';
    throw error;
  }
}
