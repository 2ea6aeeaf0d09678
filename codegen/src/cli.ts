/**
 * errcat CLI. Exit codes: 0 ok, 1 catalog problems or stale output, 2 usage errors.
 * Only this module writes (through write.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitAll, loadAndValidate } from './pipeline.js';
import { formatProblem } from './problems.js';
import { applyPlan, planWrite, staleness } from './write.js';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
}

const USAGE = `usage: errcat <command> [options]

commands:
  generate [--check]   regenerate generated/ from catalog/ (--check: only report stale files)
  validate             check the catalogs (schema and lint rules) without generating

options:
  --root <dir>         repository root (default: the current directory)
  --help               show this help`;

export class UsageError extends Error {}

interface Args {
  command: string;
  flags: Set<string>;
  root: string;
  positional: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const flags = new Set<string>();
  const positional: string[] = [];
  let root = process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--root') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--root needs a folder');
      root = resolve(value);
    } else if (arg.startsWith('--')) flags.add(arg.slice(2));
    else positional.push(arg);
  }
  const command = positional.shift() ?? '';
  return { command, flags, root, positional };
}

const paint = (io: CliIo, code: number, text: string): string => (io.color ? `\u001b[${code}m${text}\u001b[0m` : text);

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.flags.has('help') || args.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const allowed: Record<string, string[]> = { generate: ['check'], validate: [] };
  const known = allowed[args.command];
  if (known === undefined) {
    io.err(`${args.command === '' ? 'no command given' : `unknown command "${args.command}"`}\n${USAGE}`);
    return 2;
  }
  const unknownFlag = [...args.flags].find((f) => !known.includes(f));
  if (unknownFlag !== undefined || args.positional.length > 0) {
    io.err(`unexpected argument ${unknownFlag !== undefined ? `--${unknownFlag}` : `"${args.positional[0]}"`}\n${USAGE}`);
    return 2;
  }

  const started = performance.now();
  const result = loadAndValidate({ root: args.root });
  if (!result.ok) {
    for (const p of result.problems) io.err(formatProblem(p));
    io.err(paint(io, 31, `✖ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in the catalogs; nothing generated.`));
    return 1;
  }
  const codeCount = result.apis.reduce((n, a) => n + a.model.codes.length, 0);
  if (args.command === 'validate') {
    io.out(paint(io, 32, `✔ ${result.apis.length} catalogs, ${codeCount} codes: no problems.`));
    return 0;
  }

  const files = await emitAll(result.apis, args.root);
  const outDir = resolve(args.root, 'generated');
  const plan = planWrite(outDir, files);
  const ms = Math.round(performance.now() - started);
  if (args.flags.has('check')) {
    const { stale, missing, extra } = staleness(plan);
    if (stale.length + missing.length + extra.length === 0) {
      io.out(paint(io, 32, `✔ generated/ is fresh: ${files.length} files from ${result.apis.length} catalogs (${ms} ms).`));
      return 0;
    }
    for (const p of stale) io.err(`stale:   generated/${p}`);
    for (const p of missing) io.err(`missing: generated/${p}`);
    for (const p of extra) io.err(`extra:   generated/${p}`);
    io.err(paint(io, 31, `✖ generated/ is out of date (${stale.length} stale, ${missing.length} missing, ${extra.length} extra): run \`pnpm generate\`.`));
    return 1;
  }
  applyPlan(plan);
  io.out(
    paint(
      io,
      32,
      `✔ ${result.apis.length} packages, ${codeCount} codes: ${plan.writes.length} written, ${plan.deletes.length} removed, ${plan.unchanged} unchanged (${ms} ms).`,
    ),
  );
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const io: CliIo = {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`errcat: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
