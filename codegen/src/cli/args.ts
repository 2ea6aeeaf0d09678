/** Command-line parsing: one spec per command, so unknown flags and missing arguments are usage errors (exit 2). */
import { resolve } from 'node:path';

export class UsageError extends Error {}

export interface CommandSpec {
  /** Names of positional arguments; a trailing `?` marks an optional one. */
  readonly args: readonly string[];
  readonly flags: readonly string[];
  readonly summary: string;
}

export interface Args {
  readonly command: string;
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly root: string;
  readonly color: boolean | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export function parseArgs(argv: readonly string[], cwd: string): Args {
  const flags = new Set<string>();
  const positional: string[] = [];
  let root = cwd;
  let color: boolean | undefined;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--root' || arg.startsWith('--root=')) {
      const value = arg === '--root' ? argv[++i] : arg.slice('--root='.length);
      if (value === undefined || value === '') throw new UsageError('--root needs a folder');
      root = resolve(cwd, value);
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version' || arg === '-v') version = true;
    else if (arg === '--no-color') color = false;
    else if (arg === '--color') color = true;
    else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) flags.add(arg.slice(2));
    else if (/^-[^\d]/.test(arg)) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const command = positional.shift() ?? '';
  return { command, positional, flags, root, color, help, version };
}

/** Throws a UsageError unless the arguments fit the command's spec. */
export function checkArgs(args: Args, spec: CommandSpec): void {
  const unknown = [...args.flags].find((f) => !spec.flags.includes(f));
  if (unknown !== undefined) throw new UsageError(`unknown option --${unknown} for "${args.command}"`);
  const required = spec.args.filter((a) => !a.endsWith('?')).length;
  if (args.positional.length < required) throw new UsageError(`"${args.command}" needs <${spec.args[args.positional.length]?.replace('?', '')}>`);
  if (args.positional.length > spec.args.length) throw new UsageError(`unexpected argument "${args.positional[spec.args.length]}"`);
}
