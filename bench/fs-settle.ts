/**
 * Creating a file costs ~0.03 ms on these machines' ext4 (mounted with `discard`) when the file
 * system is quiet, and 0.2–0.5 ms for seconds after another process wrote or deleted many files
 * (the journal commit and its discards hold up new inodes). A benchmark that deletes the last run's
 * 1,000 files and starts the next at once measures that, not the generator: 1,000 files cost
 * 0.03 s on a quiet disk and 0.45 s right after. So every timed run that writes first waits for a
 * quiet file system, and reports what the probe saw.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBE_FILES = 100;
/** µs per created file below which the file system counts as quiet (quiet measures 20–40 µs here). */
const QUIET_US = 80;
const MAX_WAIT_MS = 20_000;

const probes: string[] = [];

function probe(): number {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-fs-probe-'));
  probes.push(dir);
  const started = performance.now();
  for (let i = 0; i < PROBE_FILES; i++) writeFileSync(join(dir, `p${i}`), 'x');
  return ((performance.now() - started) * 1000) / PROBE_FILES;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Flushes dirty data, then waits until creating files is quick twice in a row (at most 20 s).
 * Returns the last probe's µs per file, so a report can say how quiet the disk was.
 */
export function settleFileSystem(): number {
  spawnSync('sync');
  const started = performance.now();
  let quietInARow = 0;
  let last = probe();
  while (performance.now() - started < MAX_WAIT_MS) {
    quietInARow = last < QUIET_US ? quietInARow + 1 : 0;
    if (quietInARow >= 2) break;
    sleep(250);
    last = probe();
  }
  return last;
}

/** Removes the probes' folders (call once the timed runs are over: deleting is what makes the disk busy). */
export function removeProbes(): void {
  for (const dir of probes.splice(0)) rmSync(dir, { recursive: true, force: true });
}
