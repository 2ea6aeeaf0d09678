/** `errcat site`: the docs site's pages and data, emitted into site/pages/ through write.ts. */
import { join } from 'node:path';
import { emitSite } from '../emit/site.js';
import { renderProblem, type Problem } from '../problems.js';
import { readSiteConfig, SITE_CONFIG_FILE, siteDocsBaseUrl } from '../site-config.js';
import { applyPlan, planWrite } from '../write.js';
import { loadOrReport } from './generate.js';
import { lockOutput } from './recover.js';
import { withSignalsHeld } from './signals.js';
import { EXIT, plural, style, type CliIo } from './io.js';

/** Where the site's pages go, relative to the repository root (VitePress's srcDir, see site/.vitepress/config.mts). */
export const SITE_PAGES_DIR = join('site', 'pages');

export function siteCommand(root: string, io: CliIo): number {
  const started = performance.now();
  const s = style(io.color);
  const apis = loadOrReport(root, io, '; no site emitted.');
  if (apis === undefined) return EXIT.problems;
  const site = readSiteConfig(root);
  const problems: Problem[] = [];
  if (!site.ok) problems.push(site.problem);
  else {
    // The site publishes every catalog at <url><id>/: a catalog that sends its docs links elsewhere would link off the site.
    for (const { model, source } of apis) {
      const expected = siteDocsBaseUrl(site.config.url, model.id);
      if (model.docsBaseUrl !== expected)
        problems.push({
          file: source.file,
          line: source.locate('/api/docsBaseUrl').line,
          column: source.locate('/api/docsBaseUrl').column,
          pointer: '/api/docsBaseUrl',
          rule: 'site-docs-url',
          message: `the docs site publishes this API at ${expected}, but its docs links point elsewhere: remove api.docsBaseUrl (the site's url is set once, in ${SITE_CONFIG_FILE})`,
          expected: 'no api.docsBaseUrl',
          found: JSON.stringify(model.docsBaseUrl),
        });
    }
  }
  if (problems.length > 0) {
    for (const p of problems) io.err(renderProblem(p, { location: s.bold, rule: s.yellow, label: s.dim }));
    io.err(s.red(`✖ ${plural(problems.length, 'problem')}; no site emitted.`));
    return EXIT.problems;
  }
  if (!site.ok) return EXIT.problems;
  const files = emitSite(
    apis.map((a) => a.model),
    site.config,
  );
  // Two site runs at once (docs:dev's watcher and a build) shared one staging folder, and the one
  // that failed undid the other's pages: the lock keeps them apart, and a killed run is finished
  // or undone before planning, so the plan sees the folder as it will be.
  const pagesDir = join(root, SITE_PAGES_DIR);
  const release = lockOutput(pagesDir, `${SITE_PAGES_DIR}/`, io);
  let plan: ReturnType<typeof planWrite>;
  try {
    plan = planWrite(pagesDir, files, undefined, { ownsTopLevelFiles: true });
    withSignalsHeld(() => applyPlan(plan));
  } finally {
    release();
  }
  const ms = Math.round(performance.now() - started);
  const codes = apis.reduce((n, a) => n + a.model.codes.length, 0);
  io.out(
    s.green(
      `✔ site: ${plural(apis.length, 'API')}, ${plural(codes, 'code')}, ${plural(files.length, 'file')} in ${SITE_PAGES_DIR}/: ${plan.writes.length} written, ${plan.deletes.length} removed, ${plan.unchanged} unchanged (${ms} ms).`,
    ),
  );
  return EXIT.ok;
}
