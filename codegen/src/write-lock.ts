/**
 * One errcat run at a time per output folder: `<folder>/.errcat-lock` holds the pid, host and
 * (where the system says) start time of the run that owns it. A second run waits for it
 * (ERRCAT_LOCK_WAIT_MS, default 30 s), then gives up with a one-line message. A lock whose process
 * is gone (killed, crashed) is stale and is taken over; so is one whose pid now belongs to another
 * process (its start time differs), or to this one (in a container every run can be pid 1).
 *
 * The lock appears whole: its text is written to `.errcat-lock-<pid>` first and hard-linked to the
 * lock name, which fails when the lock exists; so no run ever reads a half-written lock.
 */
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK = '.errcat-lock';
const DEFAULT_WAIT_MS = 30_000;
const POLL_MS = 25;

export type LockFs = Pick<typeof nodeFs, 'mkdirSync' | 'writeFileSync' | 'linkSync' | 'rmSync' | 'readFileSync' | 'readdirSync' | 'renameSync'>;

/** Another run holds the lock and did not let go in time: the message is the one line the CLI prints. */
export class LockBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockBusy';
  }
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  /** When the process started (Linux: clock ticks since boot, /proc/<pid>/stat); absent elsewhere. */
  readonly start?: string | undefined;
}

/** The holder of a lock that names none: no live process is ever this one. */
const NOBODY: Holder = { pid: -1, host: '' };

/**
 * A process's state and start time where /proc has them. The start time, with the pid, names one
 * process, never a later one that reuses the pid. The state tells a zombie (Z, or X: dead): an
 * errcat that was killed but not yet reaped by its parent still answers kill(pid, 0), and its
 * lock then held every later run for the whole wait (a container whose pid 1 reaps nothing).
 */
function procStat(pid: number): { readonly state: string | undefined; readonly start: string | undefined } | undefined {
  let stat: string;
  try {
    stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, starttime field 22.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], start: fields[19] };
}

const startOf = (pid: number): string | undefined => procStat(pid)?.start;

const holderText = (h: Holder): string => `${h.pid} ${h.host}${h.start === undefined ? '' : ` ${h.start}`}\n`;

function readHolder(fs: LockFs, path: string): Holder | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const [pid, host, start] = text.trim().split(' ');
  const n = Number(pid);
  return Number.isInteger(n) && n > 0 && host !== undefined ? { pid: n, host, start } : undefined;
}

/**
 * Alive unless the system says there is no such process, or that the pid is another process now;
 * on another host we cannot tell. Only called for locks this process does not hold, so one that
 * names this process's pid was left by an earlier process that had it.
 */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(holder.pid);
  if (stat?.state === 'Z' || stat?.state === 'X') return false;
  const now = holder.start === undefined ? undefined : stat?.start;
  return now === undefined || now === holder.start;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function waitLimit(): number {
  const raw = process.env.ERRCAT_LOCK_WAIT_MS;
  const n = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_WAIT_MS;
}

/** Removes the lock's temporary files (`.errcat-lock-<pid>`, `.errcat-lock-stale-<pid>`) of processes that are gone. */
function sweepTemps(fs: LockFs, dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const m = /^\.errcat-lock-(?:stale-)?(\d+)$/.exec(name);
    if (m === null || Number(m[1]) === process.pid) continue;
    if (!alive({ pid: Number(m[1]), host: hostname() })) fs.rmSync(join(dir, name), { force: true });
  }
}

/**
 * Takes the lock of `dir` (created if missing) and returns its release. Throws LockBusy when
 * another live run keeps it longer than the wait limit. `label` names the folder in that message.
 */
export function acquireLock(dir: string, fs: LockFs = nodeFs, label = 'generated/'): () => void {
  if (!nodeFs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  const lock = join(dir, LOCK);
  const temp = join(dir, `${LOCK}-${process.pid}`);
  const me: Holder = { pid: process.pid, host: hostname(), start: startOf(process.pid) };
  const limit = waitLimit();
  const started = Date.now();
  fs.writeFileSync(temp, holderText(me));
  let unreadable = false;
  try {
    sweepTemps(fs, dir);
    for (;;) {
      try {
        fs.linkSync(temp, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(fs, lock);
      if (holder !== undefined && !alive(holder)) {
        breakStale(fs, lock, holder);
        continue;
      }
      // A lock is linked into place whole (pid and host written first), so one that names no
      // process (empty, garbage) was not left by a run: stale, once it reads so twice in a row.
      if (holder === undefined) {
        if (unreadable) breakStale(fs, lock, NOBODY);
        else sleep(POLL_MS);
        unreadable = !unreadable;
        continue;
      }
      unreadable = false;
      if (Date.now() - started >= limit) {
        const who = holder.host === me.host ? `another errcat run (pid ${holder.pid})` : `an errcat run on ${holder.host} (pid ${holder.pid})`;
        const stale = holder.host === me.host ? '' : `, or remove ${label}${LOCK} if no run is under way there`;
        throw new LockBusy(`${who} is writing ${label} (lock ${label}${LOCK}); waited ${Math.round(limit / 1000)} s: try again when it ends${stale}`);
      }
      sleep(POLL_MS);
    }
  } finally {
    quietly(() => fs.rmSync(temp, { force: true }));
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    const holder = readHolder(fs, lock);
    // Never fails the run: a lock left behind names this process, which is gone by the next run.
    if (holder?.pid === me.pid && holder.host === me.host) quietly(() => fs.rmSync(lock, { force: true }));
  };
  // A run that ends without reaching its finally (process.exit) still lets go.
  process.on('exit', release);
  return release;
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // Cleanup of the lock's own files: what is left is stale (a dead pid) and swept later.
  }
}

/**
 * Removes a lock left by a dead process. Two runs may find it stale at once: each moves it aside
 * under its own name first, so only one removes it, and a live run's lock taken by mistake (it
 * replaced the stale one in between) is put back.
 */
function breakStale(fs: LockFs, lock: string, stale: Holder): void {
  const aside = `${lock}-stale-${process.pid}`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // someone else moved it first
  }
  const taken = readHolder(fs, aside);
  if (taken !== undefined && (taken.pid !== stale.pid || taken.host !== stale.host) && alive(taken)) {
    try {
      fs.linkSync(aside, lock);
    } catch {
      // The lock is held again by someone: the live holder we displaced keeps running unlocked at worst.
    }
  }
  fs.rmSync(aside, { force: true });
}
