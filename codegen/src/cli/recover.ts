/**
 * Before a command reads or writes an output folder (generated/, site/pages/): finish or undo a
 * run that was killed there, under the folder's lock, and say so.
 */
import { join } from 'node:path';
import { acquireLock } from '../write-lock.js';
import { needsRecovery, recover, type Recovery } from '../write.js';
import { withSignalsHeld } from './signals.js';
import { style, type CliIo } from './io.js';

/** Output folders errcat writes as a transaction, relative to the root, as messages name them. */
export const GENERATED = 'generated/';

/** One line on what happened to an interrupted run, or nothing when there was none. */
export function reportRecovery(io: CliIo, label: string, recovery: Recovery): void {
  if (recovery === 'none') return;
  const what =
    recovery === 'completed'
      ? `finished an interrupted run in ${label}: it was stopped after it committed, so its new files are now all in place`
      : recovery === 'rolled-back'
        ? `undid an interrupted run in ${label}: it was stopped before it committed, so the files it started to write are gone`
        : `dropped what an interrupted run left in ${label}: files there changed after it was stopped (git, or by hand), so its moves were neither finished nor undone; \`pnpm generate\` brings the folder in line with the catalogs`;
  io.err(style(io.color).dim(`errcat: ${what}.`));
}

/** Runs `recover` for `<root>/generated` when a run left something there (or is under way: then this waits for it). */
export function recoverOutput(root: string, io: CliIo): void {
  const outDir = join(root, 'generated');
  if (!needsRecovery(outDir)) return;
  const release = acquireLock(outDir, undefined, GENERATED);
  try {
    reportRecovery(io, GENERATED, withSignalsHeld(() => recover(outDir)));
  } finally {
    release();
  }
}

/**
 * Takes the lock of an output folder for a whole run, after finishing or undoing a killed one
 * (before the run plans: planning against a half-swapped folder left stale pages behind). A
 * read-only folder with nothing to recover can still be checked (`readOnly`): then no lock is taken.
 */
export function lockOutput(outDir: string, label: string, io: CliIo, readOnly = false): () => void {
  let release: () => void;
  try {
    release = acquireLock(outDir, undefined, label);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (readOnly && (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') && !needsRecovery(outDir)) return () => {};
    throw error;
  }
  try {
    // Signals are held only while there is a killed run's swap to finish or undo.
    reportRecovery(io, label, needsRecovery(outDir) ? withSignalsHeld(() => recover(outDir)) : recover(outDir));
  } catch (error) {
    release();
    throw error;
  }
  return release;
}
