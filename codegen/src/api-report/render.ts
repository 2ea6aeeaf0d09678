/**
 * A package's surface as its report: Markdown with one fenced block per declaration file of each
 * entry point. Deterministic: sorted, LF, no timestamps, no absolute paths. parse.ts reads it back.
 */
import { mdCode, mdFence } from '../emit/markdown.js';
import { SHOWN_ITEMS, SUMMARY_THRESHOLD, type EntrySurface, type PackageSurface, type ReportItem } from './model.js';
import { familyKey, familySummaryLine, hashLines, isSummarized, itemLines, maskHead } from './summary.js';

/** Stands for a declaration file's block when an earlier entry point showed the same one. */
export const SAME_AS = 'Same as under ';

export const REPORT_BANNER = '<!-- Written by `pnpm api-report` from the built declarations. Do not edit: run `pnpm api-report:update`. -->';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareItems = (a: ReportItem, b: ReportItem): number => compare(a.name, b.name) || compare(a.kind, b.kind);

/** The hash of a family: every export in full, in report order. */
export const familyHash = (items: readonly { lines: readonly string[] }[]): string => hashLines(items.map((i) => i.lines.join('\n')));

export function renderReport(pkg: PackageSurface): string {
  const out: string[] = [
    REPORT_BANNER,
    `# API report: ${mdCode(pkg.name)}`,
    '',
    `The exports of every entry point of ${mdCode(pkg.dir)}, read from its built declarations by \`pnpm api-report\` (ts-morph): ` +
      `one line per member and overload, comments left out. Families of more than ${SUMMARY_THRESHOLD} exports alike ` +
      `(same declaration file, same first line once names and literals are masked) and declarations of more than ${SUMMARY_THRESHOLD} members ` +
      `are summarized: the first ones, then how many more, how many in all and a sha256. \`pnpm diff\` classifies changes to this file.`,
    '',
  ];
  if (pkg.otherExports.length > 0)
    out.push(`Subpaths without declarations: ${pkg.otherExports.map((o) => `${mdCode(o.subpath)} → ${mdCode(o.target)}`).join(', ')}.`, '');
  const sections = new Map<string, number>();
  for (const entry of pkg.entries) sections.set(entry.specifier, (sections.get(entry.specifier) ?? 0) + 1);
  // A declaration file an earlier entry point already showed whole (the root re-exports every
  // subpath) is named, not repeated: the report stays half as long and parse.ts copies it back.
  const shown = new Map<string, string>();
  for (const entry of pkg.entries) {
    const conditions = entry.sources.map((s) => s.condition).join(', ');
    out.push(`## ${entryTitle(entry, (sections.get(entry.specifier) ?? 0) > 1 ? conditions : undefined)}`, '');
    out.push(`Declarations: ${entry.sources.map((s) => `${mdCode(s.file)} (${s.condition})`).join(', ')}.`, '');
    if (entry.items.length === 0) out.push('No exports.', '');
    const title = entryTitle(entry, (sections.get(entry.specifier) ?? 0) > 1 ? conditions : undefined);
    for (const [module, items] of byModule(entry.items)) {
      const block = mdFence(renderModule(items), 'ts');
      const key = `${module}\n${block}`;
      const earlier = shown.get(key);
      out.push(`### ${mdCode(module)}`, '', earlier === undefined ? block : `${SAME_AS}${earlier}.`, '');
      if (earlier === undefined) shown.set(key, title);
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export const entryTitle = (entry: Pick<EntrySurface, 'specifier'>, conditions: string | undefined): string =>
  `${mdCode(entry.specifier)}${conditions === undefined ? '' : ` (${conditions})`}`;

function byModule(items: readonly ReportItem[]): Array<[string, ReportItem[]]> {
  const modules = new Map<string, ReportItem[]>();
  for (const item of items) {
    const list = modules.get(item.module);
    if (list === undefined) modules.set(item.module, [item]);
    else list.push(item);
  }
  return [...modules].sort(([a], [b]) => compare(a, b)).map(([m, list]) => [m, list.sort(compareItems)]);
}

/** One declaration file's exports: items in name order, then a line per summarized family. */
function renderModule(items: readonly ReportItem[]): string {
  const families = new Map<string, ReportItem[]>();
  for (const item of items) {
    const key = familyKey(item);
    const family = families.get(key);
    if (family === undefined) families.set(key, [item]);
    else family.push(item);
  }
  const hidden = new Set<ReportItem>();
  const summaries: string[] = [];
  for (const family of families.values()) {
    if (!isSummarized(family.length)) continue;
    // The first few, and every export large enough to be summarized itself (the maps), stay visible.
    const visible = new Set(family.slice(0, SHOWN_ITEMS));
    for (const item of family) if (item.kind !== 'function' && isSummarized(item.members.length)) visible.add(item);
    for (const item of family) if (!visible.has(item)) hidden.add(item);
    const first = family[0] as ReportItem;
    const hash = familyHash(family.map((i) => ({ lines: itemLines(i) })));
    summaries.push(familySummaryLine(family.length - visible.size, family.length, hash, maskHead(first.head, first.name)));
  }
  const blocks = items.filter((i) => !hidden.has(i)).map(itemLines);
  const lines: string[] = [];
  blocks.forEach((block, i) => {
    if (i > 0 && (block.length > 1 || (blocks[i - 1] as string[]).length > 1)) lines.push('');
    lines.push(...block);
  });
  if (summaries.length > 0) lines.push('', ...summaries.sort(compare));
  return lines.join('\n');
}
