/** The few git questions `errcat diff` asks, through the git binary (no library). */
import { spawnSync } from 'node:child_process';

export interface GitResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export function git(cwd: string, args: readonly string[]): GitResult {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, stdout: run.stdout ?? '', stderr: run.error?.message ?? run.stderr ?? '' };
}

/** The commit a ref names, or undefined when it names none. */
export function commitOf(cwd: string, ref: string): string | undefined {
  const r = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok ? r.stdout.trim() : undefined;
}

/** Paths (relative to cwd) of the files under `dir` at `ref`. */
export function filesAt(cwd: string, ref: string, dir: string): string[] {
  const r = git(cwd, ['ls-tree', '-z', '--name-only', ref, '--', `${dir}/`]);
  return r.ok ? r.stdout.split('\0').filter(Boolean) : [];
}

/** A file's text at `ref` (path relative to cwd), or undefined when it has none there. */
export function showFile(cwd: string, ref: string, path: string): string | undefined {
  const r = git(cwd, ['show', `${ref}:./${path}`]);
  return r.ok ? r.stdout : undefined;
}
