/**
 * The pnpm that tests spawn. Under `npm test` (and `pnpm exec vitest`) pnpm itself is on PATH.
 * A suite run with plain `npx vitest run <file>` has no pnpm on PATH, and the suites that pack,
 * publish or follow the README failed there with `spawn pnpm ENOENT`. They now run the version
 * `packageManager` pins, through npx, as the README's own commands do.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './generate.js';

interface Command {
  readonly command: string;
  /** Arguments that come before pnpm's own (`-y pnpm@10.34.9` for npx). */
  readonly prefix: readonly string[];
}

let found: Command | undefined;

function pnpmCommand(): Command {
  if (found !== undefined) return found;
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0) return (found = { command: 'pnpm', prefix: [] });
  const manager = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager?: string }).packageManager;
  if (manager === undefined || !manager.startsWith('pnpm@')) throw new Error('package.json pins no pnpm version (packageManager), and pnpm is not on PATH');
  return (found = { command: 'npx', prefix: ['-y', manager] });
}

/** `pnpm <args>` as [command, argv] for spawn/execFile. */
export function pnpmArgs(args: readonly string[]): [string, string[]] {
  const { command, prefix } = pnpmCommand();
  return [command, [...prefix, ...args]];
}
