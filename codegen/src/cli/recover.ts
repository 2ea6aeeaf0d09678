/** Before a command reads anything: finish or undo a generate that was killed, under the lock. */
import { join } from 'node:path';
import { acquireLock } from '../write-lock.js';
import { needsRecovery, recover } from '../write.js';

/** Runs `recover` for `<root>/generated` when a run left something there (or is under way: then this waits for it). */
export function recoverOutput(root: string): void {
  const outDir = join(root, 'generated');
  if (!needsRecovery(outDir)) return;
  const release = acquireLock(outDir);
  try {
    recover(outDir);
  } finally {
    release();
  }
}

/**
 * Takes the lock for a whole generate run, after finishing or undoing a killed one. A read-only
 * generated/ with nothing to recover can still be checked (`--check`): then no lock is taken.
 */
export function lockForGenerate(root: string, readOnly: boolean): () => void {
  const outDir = join(root, 'generated');
  let release: () => void;
  try {
    release = acquireLock(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (readOnly && (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') && !needsRecovery(outDir)) return () => {};
    throw error;
  }
  try {
    recover(outDir);
  } catch (error) {
    release();
    throw error;
  }
  return release;
}
