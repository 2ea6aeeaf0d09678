/**
 * The docs site at scale: `pnpm docs:build`'s two steps on a synthetic catalog (1,000 codes; 100
 * with --quick), each a new process as the script runs them: `errcat site` (validate, model, emit
 * the pages, write them) and `vitepress build` (render every page, build the search index).
 * The site is built in bench/.tmp/ (inside the repository, so the config resolves vitepress from
 * its node_modules) from copies of the real site config, theme and settings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section, TargetRow } from './section.js';
import { fmtBytes, fmtMs, mdTable, repeat, summarize, type Summary } from './stats.js';
import { syntheticCatalog } from './synthetic-catalog.js';
import { REPO_ROOT } from './synthetic-root.js';

export interface DocsSiteOptions {
  readonly sizes?: readonly number[];
  readonly runs?: number;
}

interface SizeResult {
  readonly codes: number;
  readonly emit: Summary;
  readonly build: Summary;
  readonly total: Summary;
  readonly pages: number;
  readonly distBytes: number;
  readonly searchIndexBytes: number;
}

/** What VitePress and the docs build write under site/.vitepress/ (see .gitignore), as opposed to the config. */
const VITEPRESS_OUTPUTS = new Set(['cache', 'dist', '.temp', 'dist-inputs.txt']);

/** A repository-like root with the synthetic catalog (its docs URLs left to the site) and the site's hand-written files. */
function siteRoot(codes: number): string {
  const root = join(REPO_ROOT, 'bench', '.tmp', `docs-site-${codes}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'catalog'), { recursive: true });
  cpSync(join(REPO_ROOT, 'catalog', 'catalog.schema.json'), join(root, 'catalog', 'catalog.schema.json'));
  const catalog = syntheticCatalog({ codes, id: `synthetic-${codes}` });
  delete (catalog.api as { docsBaseUrl?: string }).docsBaseUrl;
  writeFileSync(join(root, 'catalog', `synthetic-${codes}.json`), `${JSON.stringify(catalog, null, 2)}\n`);
  for (const path of ['site/site.json', 'site/public']) cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true });
  // Every hand-written file of the VitePress config (config.mts and the modules it imports, the
  // theme), not a list of them: nav.mts, added to the config later, was missing and failed the bench.
  for (const name of readdirSync(join(REPO_ROOT, 'site', '.vitepress'))) {
    if (VITEPRESS_OUTPUTS.has(name)) continue;
    cpSync(join(REPO_ROOT, 'site', '.vitepress', name), join(root, 'site', '.vitepress', name), { recursive: true });
  }
  return root;
}

function timedRun(args: readonly string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return ms;
}

function sizeOf(dir: string, match: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || !match(name)) continue;
    bytes += statSync(path).size;
    files++;
  }
  return { bytes, files };
}

async function measure(codes: number, runs: number): Promise<SizeResult> {
  const root = siteRoot(codes);
  const dist = join(root, 'site', '.vitepress', 'dist');
  const emits: number[] = [];
  const builds: number[] = [];
  const total = await repeat(runs, () => {
    // Each run from scratch: no emitted pages, no VitePress cache, no previous build.
    rmSync(join(root, 'site', 'pages'), { recursive: true, force: true });
    rmSync(join(root, 'site', '.vitepress', 'cache'), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    const emit = timedRun([join(REPO_ROOT, 'codegen', 'bin', 'errcat.mjs'), 'site', '--root', root], REPO_ROOT);
    const build = timedRun([join(REPO_ROOT, 'node_modules', 'vitepress', 'bin', 'vitepress.js'), 'build', join(root, 'site')], REPO_ROOT);
    emits.push(emit);
    builds.push(build);
    return emit + build;
  });
  const result = {
    codes,
    emit: summarize(emits),
    build: summarize(builds),
    total,
    pages: sizeOf(dist, (n) => n.endsWith('.html')).files,
    distBytes: sizeOf(dist).bytes,
    searchIndexBytes: sizeOf(dist, (n) => n.includes('localSearchIndex')).bytes,
  };
  rmSync(root, { recursive: true, force: true });
  return result;
}

export async function runDocsSite({ sizes = [1_000], runs = 2 }: DocsSiteOptions = {}): Promise<Section> {
  const results: SizeResult[] = [];
  for (const codes of sizes) {
    process.stderr.write(`  docs site, ${codes} codes…\n`);
    results.push(await measure(codes, runs));
  }
  const rows: TargetRow[] = results.map((r) => ({
    metric: `docs site build (\`pnpm docs:build\`), ${r.codes.toLocaleString('en-US')} codes`,
    value: fmtMs(r.total),
    target: '—',
    ok: undefined,
  }));
  const table = mdTable(
    ['codes', 'pnpm docs:build', 'errcat site (emit + write)', 'vitepress build', 'HTML pages', 'site size', 'search index'],
    results.map((r) => [
      r.codes.toLocaleString('en-US'),
      fmtMs(r.total),
      fmtMs(r.emit),
      fmtMs(r.build),
      String(r.pages),
      `${(r.distBytes / 1024 / 1024).toFixed(1)} MB`,
      fmtBytes(r.searchIndexBytes),
    ]),
  );
  const markdown = [
    `\`pnpm docs:build\` on a synthetic catalog, each step a new process as the script runs it, from scratch (no emitted pages, no VitePress cache); medians, (min–max) over ${runs} run${runs === 1 ? '' : 's'}. One page per group (7 groups), a section per code; the search index is VitePress's local (minisearch) index, built at build time.`,
    '',
    table,
    '',
    "Most of the time is VitePress rendering the pages (Vue SSR of every section, Shiki highlighting of each code's example body and TypeScript snippet) and building the search index; emitting the pages is a small part.",
  ].join('\n');
  return { title: 'Docs site', rows, markdown };
}

/**
 * Puts a docs-site section into docs/benchmarks.md without a full run: its summary rows replace
 * the old ones (or go last in the summary table) and its section replaces the old one (or goes
 * before "What the measurements decided").
 */
export function spliceDocsSite(doc: string, section: Section, headline: (rows: readonly TargetRow[]) => string[]): string {
  const lines = doc.split('\n');
  const kept = lines.filter((l) => !l.includes('| docs site build ('));
  const summaryStart = kept.indexOf('## Summary');
  let end = summaryStart + 1;
  while (end < kept.length && !kept[end]?.startsWith('|')) end++;
  while (end < kept.length && kept[end]?.startsWith('|')) end++;
  kept.splice(end, 0, ...headline(section.rows));
  let text = kept.join('\n');
  const body = `## ${section.title}\n\n${section.markdown}\n\n`;
  const start = text.indexOf(`## ${section.title}\n`);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + body + text.slice(next + 1);
  } else {
    const before = text.indexOf('## What the measurements decided');
    text = before < 0 ? `${text.trimEnd()}\n\n${body}` : text.slice(0, before) + body + text.slice(before);
  }
  return text;
}
