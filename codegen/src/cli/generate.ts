/** `errcat generate [--check]` and `errcat validate`: the pipeline, with a one-line summary. */
import { resolve } from 'node:path';
import { DetailsThread, type StartedWorker } from '../details-thread.js';
import { emitAll, loadAndValidate, type LoadedApi } from '../pipeline.js';
import { SCHEMA_FILE_NAME } from '../load.js';
import { renderProblem } from '../problems.js';
import { BANNER_MARK } from '../emit/banner.js';
import { applyPlan, planWrite, staleness } from '../write.js';
import { GENERATED, lockOutput } from './recover.js';
import { withSignalsHeld } from './signals.js';
import { EXIT, plural, style, type CliIo } from './io.js';

/** Validates every catalog; prints the problems (all of them, sorted) or returns the APIs. */
export function loadOrReport(root: string, io: CliIo, action: string, detailsThread?: DetailsThread): LoadedApi[] | undefined {
  const result = loadAndValidate({ root, ...(detailsThread !== undefined && { detailsThread }) });
  if (result.ok) return result.apis;
  const s = style(io.color);
  for (const p of result.problems) io.err(renderProblem(p, { location: s.bold, rule: s.yellow, label: s.dim }));
  // The schema is no catalog: named apart when it has problems of its own.
  const files = new Set(result.problems.map((p) => p.file));
  const schema = [...files].some((f) => f.endsWith(`/${SCHEMA_FILE_NAME}`) || f === SCHEMA_FILE_NAME);
  const catalogs = files.size - (schema ? 1 : 0);
  const where = [...(catalogs > 0 ? [plural(catalogs, 'catalog')] : []), ...(schema ? [SCHEMA_FILE_NAME] : [])].join(' and ');
  io.err(s.red(`✖ ${plural(result.problems.length, 'problem')} in ${where}${action}`));
  return undefined;
}

const codeCount = (apis: readonly LoadedApi[]): number => apis.reduce((n, a) => n + a.model.codes.length, 0);

export function validateCommand(root: string, io: CliIo): number {
  const started = performance.now();
  const apis = loadOrReport(root, io, '.');
  if (apis === undefined) return EXIT.problems;
  const ms = Math.round(performance.now() - started);
  io.out(style(io.color).green(`✔ ${plural(apis.length, 'catalog')}, ${plural(codeCount(apis), 'code')}: no problems (${ms} ms).`));
  return EXIT.ok;
}

/** `detailsWorker`: the details worker, when the bin started it already (see DetailsThread.start). */
export async function generateCommand(root: string, io: CliIo, check: boolean, detailsWorker?: StartedWorker): Promise<number> {
  const started = performance.now();
  const thread = DetailsThread.start(detailsWorker);
  try {
    // The lock covers reading generated/ (versions, planning) as well as writing it.
    const release = lockOutput(resolve(root, 'generated'), GENERATED, io, check);
    try {
      return await generate(root, io, check, started, thread);
    } finally {
      release();
    }
  } finally {
    await thread?.close();
  }
}

async function generate(root: string, io: CliIo, check: boolean, started: number, thread: DetailsThread | undefined): Promise<number> {
  const s = style(io.color);
  const apis = loadOrReport(root, io, check ? '.' : '; nothing generated.', thread);
  if (apis === undefined) return EXIT.problems;
  // No catalog at all is far likelier a mistake (a checkout or a glob gone wrong) than the wish
  // to remove every package: generating from it removed all of generated/ without a word.
  if (apis.length === 0) {
    io.err(s.red('✖ catalog/ holds no catalog (a .json file besides catalog.schema.json): nothing generated, generated/ left as it is. To drop a package, remove its catalog and run again; to drop them all, remove generated/ yourself.'));
    return EXIT.problems;
  }
  const files = await emitAll(apis, root, { ...(thread !== undefined && { detailsThread: thread }) });
  // LICENSE carries no banner: license checkers read the file as it is.
  const plan = planWrite(resolve(root, 'generated'), files, undefined, { bannerMark: BANNER_MARK, bannerless: ['LICENSE'] });
  if (check) {
    for (const c of plan.conflicts) io.err(`blocked: ${c}`);
    const { stale, missing, extra } = staleness(plan);
    const ms = Math.round(performance.now() - started);
    if (stale.length + missing.length + extra.length + plan.conflicts.length === 0) {
      io.out(s.green(`✔ generated/ is fresh: ${plural(files.length, 'file')} from ${plural(apis.length, 'catalog')} (${ms} ms).`));
      return EXIT.ok;
    }
    for (const p of stale) io.err(`stale:   generated/${p}`);
    for (const p of missing) io.err(`missing: generated/${p}`);
    for (const p of extra) io.err(`extra:   generated/${p}`);
    const blocked = plan.conflicts.length === 0 ? '' : `, ${plan.conflicts.length} blocked`;
    // `pnpm generate` refuses to run while something blocks it: the blocked paths come first.
    const action =
      plan.conflicts.length === 0 ? 'run `pnpm generate`' : stale.length + missing.length + extra.length === 0 ? 'move the blocked files away' : 'move the blocked files away, then run `pnpm generate`';
    io.err(s.red(`✖ generated/ is out of date (${stale.length} stale, ${missing.length} missing, ${extra.length} extra${blocked}): ${action}.`));
    return EXIT.problems;
  }
  withSignalsHeld(() => applyPlan(plan));
  const ms = Math.round(performance.now() - started);
  io.out(
    s.green(
      // Codes and files counted apart: "68 codes: 67 unchanged" read as if the 67 were codes.
      `✔ ${plural(apis.length, 'package')}, ${plural(codeCount(apis), 'code')}; ${plural(plan.writes.length + plan.unchanged, 'file')}: ${plan.writes.length} written, ${plan.deletes.length} removed, ${plan.unchanged} unchanged (${ms} ms).`,
    ),
  );
  return EXIT.ok;
}
