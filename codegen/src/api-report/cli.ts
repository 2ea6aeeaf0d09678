/**
 * Entry point of `pnpm api-report` (codegen/bin/api-report.mjs runs it bundled): a command of its
 * own, not one of the bundled errcat CLI's, so that loading ts-morph (and the TypeScript compiler
 * in it, ~0.9 s of CPU) never touches `errcat generate`.
 *
 *   pnpm api-report [--check] [--root <dir>] [--no-color]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArgs, parseArgs, UsageError } from '../cli/args.js';
import { EXIT, type CliIo } from '../cli/io.js';
import { apiReportCommand } from './command.js';

const USAGE = `usage: pnpm api-report [--check] [--root <dir>]

Writes api-reports/<package>.api.md for every published package from its built declarations
(run \`pnpm build\` first). --check writes nothing and exits 1 naming stale, missing or extra reports.`;

export function main(argv: readonly string[], io: CliIo, cwd = process.cwd()): number {
  try {
    const args = parseArgs(['api-report', ...argv], cwd);
    if (args.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    checkArgs(args, { args: [], flags: ['check'], summary: '' });
    return apiReportCommand(args.root, args.flags.has('check'), args.color === undefined ? io : { ...io, color: args.color });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`api-report: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
}

/** Runs on this process's arguments and streams (codegen/bin/api-report.mjs calls this in the bundle). */
export function runCli(argv: readonly string[] = process.argv.slice(2)): void {
  try {
    process.exitCode = main(argv, {
      out: (t) => process.stdout.write(`${t}\n`),
      err: (t) => process.stderr.write(`${t}\n`),
      color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
    });
  } catch (error) {
    process.stderr.write(`api-report: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  }
}

// Run directly (`tsx codegen/src/api-report/cli.ts …`) rather than imported.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runCli();
