/**
 * errcat CLI: generate, validate, site, explain, diff. Exit codes: 0 ok; 1 catalog problems, stale
 * output, a code not found, a missing changeset; 2 usage errors. Only generate writes generated/
 * (through write.ts), only site writes site/pages/ (through write.ts too); diff --write-changeset writes .changeset/.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArgs, parseArgs, UsageError, type Args, type CommandSpec } from './cli/args.js';
import { describeFailure } from './cli/failures.js';
import { EXIT, type CliIo } from './cli/io.js';
import type { StartedWorker } from './details-thread.js';

export type { CliIo } from './cli/io.js';
export { UsageError } from './cli/args.js';

const COMMANDS: Record<string, CommandSpec> = {
  generate: { args: [], flags: ['check'], summary: 'regenerate generated/ from catalog/ (--check: only report stale files)' },
  validate: { args: [], flags: [], summary: 'check the catalogs (schema and lint rules) without generating' },
  site: { args: [], flags: [], summary: 'emit the docs site pages into site/pages/ (pnpm docs:build then builds the site)' },
  explain: { args: ['api', 'code?'], flags: [], summary: 'everything the catalog knows about a code (no code: list the codes)' },
  diff: {
    args: ['git-ref?'],
    flags: ['write-changeset', 'require-changeset'],
    summary: 'classify catalog and API report changes since <git-ref> (default: merge base with main) as major/minor/patch',
  },
};

const USAGE = `usage: errcat <command> [options]

commands:
  generate [--check]          ${COMMANDS.generate?.summary}
  validate                    ${COMMANDS.validate?.summary}
  site                        ${COMMANDS.site?.summary}
  explain <api> [<code>]      ${COMMANDS.explain?.summary};
                              <code> may be zero-padded, an alias or the symbolic name
  diff [<git-ref>]            ${COMMANDS.diff?.summary}
      --write-changeset       write .changeset/errcat-<api>-<HEAD>.md for each changed package
                              (earlier commits' pending changesets are kept)
      --require-changeset     exit 1 unless .changeset/ bumps each package enough for what
                              changed since its last release (or since <git-ref>)

options:
  --root <dir>                repository root (default: the current directory)
  --no-color, --color         colors are used on a terminal unless NO_COLOR is set
  --help, --version

exit codes: 0 ok, 1 catalog problems / stale output / not found / missing changeset /
            write refused or failed / another run holds the lock, 2 usage, 70 internal error`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** What the bin may have started before loading the generator (see codegen/bin/errcat.mjs). */
export interface CliStart {
  readonly detailsWorker?: StartedWorker;
}

export async function main(argv: readonly string[], io: CliIo, cwd = process.cwd(), start: CliStart = {}): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv, cwd);
    if (args.help || args.command === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (args.version) {
      io.out(version());
      return EXIT.ok;
    }
    const spec = COMMANDS[args.command];
    if (spec === undefined) throw new UsageError(args.command === '' ? 'no command given' : `unknown command "${args.command}"`);
    checkArgs(args, spec);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`errcat: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (!isFolder(join(args.root, 'catalog'))) {
    io.err(`errcat: no catalog/ folder in ${args.root}: run errcat from the repository root, or name it with --root`);
    return EXIT.usage;
  }
  const out: CliIo = args.color === undefined ? io : { ...io, color: args.color };
  try {
    return await run(args, out, start);
  } catch (error) {
    const { lines, exit } = describeFailure(error);
    for (const line of lines) out.err(`errcat: ${line}`);
    if (exit === EXIT.internal && process.env.ERRCAT_DEBUG) out.err(error instanceof Error ? (error.stack ?? '') : '');
    return exit;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function run(args: Args, out: CliIo, start: CliStart): Promise<number> {
  // Every command first finishes or undoes a generate that was killed (write.ts), so none reads a
  // package half old and half new. generate does it itself, under the lock it keeps for the run.
  if (args.command !== 'generate') (await import('./cli/recover.js')).recoverOutput(args.root, out);
  // Commands load the pipeline on demand: help and usage errors answer at once.
  switch (args.command) {
    case 'generate':
      return (await import('./cli/generate.js')).generateCommand(args.root, out, args.flags.has('check'), start.detailsWorker);
    case 'validate':
      return (await import('./cli/generate.js')).validateCommand(args.root, out);
    case 'site':
      return (await import('./cli/site.js')).siteCommand(args.root, out);
    case 'explain': {
      const apis = (await import('./cli/generate.js')).loadOrReport(args.root, out, '; fix them first.');
      if (apis === undefined) return EXIT.problems;
      return (await import('./cli/explain.js')).explainCommand(apis, args.positional[0] as string, args.positional[1], out);
    }
    default:
      return (await import('./cli/diff.js')).diffCommand(
        args.root,
        {
          ...(args.positional[0] !== undefined && { ref: args.positional[0] }),
          writeChangeset: args.flags.has('write-changeset'),
          requireChangeset: args.flags.has('require-changeset'),
        },
        out,
      );
  }
}

/** Runs the CLI on this process's arguments and streams (codegen/bin/errcat.mjs calls this in the bundle). */
export async function runCli(argv: readonly string[] = process.argv.slice(2), start: CliStart = {}): Promise<void> {
  // A reader that stops early (`errcat explain zoho-crm | head -1`) closes the pipe: the rest of
  // the output has nobody to read it, which is no failure. The stream's error (EPIPE) is taken
  // here, not thrown as an unhandled 'error' event with a stack trace; the command runs to its end
  // (a generate still finishes its transaction) and exits with its own code.
  // Any other failure to write (EIO: the terminal went away) also stops output, but is no
  // success: the run exits 1 unless it already failed.
  const closed = { out: false, err: false };
  let unwritable = false;
  const onError = (stream: 'out' | 'err') => (error: NodeJS.ErrnoException) => {
    closed[stream] = true;
    if (error.code !== 'EPIPE') {
      unwritable = true;
      if (!process.exitCode) process.exitCode = EXIT.problems;
      if (stream === 'out' && !closed.err) process.stderr.write(`errcat: could not write the output (${error.code ?? error.message})\n`);
    }
  };
  process.stdout.on('error', onError('out'));
  process.stderr.on('error', onError('err'));
  const io: CliIo = {
    out: (t) => void (closed.out || process.stdout.write(`${t}\n`)),
    err: (t) => void (closed.err || process.stderr.write(`${t}\n`)),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
  };
  try {
    const code = await main(argv, io, process.cwd(), start);
    process.exitCode = code === EXIT.ok && unwritable ? EXIT.problems : code;
  } catch (error) {
    // main reports every failure itself; this is the last net (a failure while reporting one).
    const { lines, exit } = describeFailure(error);
    for (const line of lines) process.stderr.write(`errcat: ${line}\n`);
    if (process.env.ERRCAT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = exit;
  }
}

// Run directly (`tsx codegen/src/cli.ts …`) rather than imported.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void runCli();
