/**
 * How a report keeps large things small, in one place for the renderer and the parser (which
 * must agree byte for byte): the hash of a list of lines, the line that stands for the members a
 * report leaves out, and the family of an export.
 *
 * A family is the exports of one declaration file whose first line is the same once their own
 * name and their literals are masked: the per-code constants (`export const $name: $;`), the
 * per-code error interfaces (`export interface $name extends HyperKnownErrorBase {`), … Families
 * with more than SUMMARY_THRESHOLD exports are summarized (count, hash, the first few in full), so
 * a 10,000-code package's report stays readable.
 */
import { createHash } from 'node:crypto';
import { SHOWN_MEMBERS, SUMMARY_THRESHOLD, type ReportItem } from './model.js';

export const INDENT = '    ';

/** sha256 of the lines joined by LF, first 16 hex digits: enough to see that something changed. */
export function hashLines(lines: readonly string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const ungroup = (text: string): number => Number(text.replace(/,/g, ''));

export const isSummarized = (count: number): boolean => count > SUMMARY_THRESHOLD;

/** The line standing for the members of a declaration a report leaves out. */
export function membersSummaryLine(more: number, count: number, hash: string): string {
  return `${INDENT}// … ${group(more)} more members (${group(count)} in all, sha256 ${hash})`;
}

const MEMBERS_SUMMARY = /^ {4}\/\/ … ([\d,]+) more members \(([\d,]+) in all, sha256 ([0-9a-f]{16})\)$/;

export function parseMembersSummary(line: string): { more: number; count: number; hash: string } | undefined {
  const m = MEMBERS_SUMMARY.exec(line);
  return m === null ? undefined : { more: ungroup(m[1] as string), count: ungroup(m[2] as string), hash: m[3] as string };
}

/** The line standing for the exports of a family a report leaves out (the family's masked head names it). */
export function familySummaryLine(more: number, count: number, hash: string, maskedHead: string): string {
  return `// … ${group(more)} more like ${maskedHead} (${group(count)} in all, sha256 ${hash})`;
}

const FAMILY_SUMMARY = /^\/\/ … ([\d,]+) more like (.+) \(([\d,]+) in all, sha256 ([0-9a-f]{16})\)$/;

export function parseFamilySummary(line: string): { more: number; count: number; hash: string; maskedHead: string } | undefined {
  const m = FAMILY_SUMMARY.exec(line);
  return m === null ? undefined : { more: ungroup(m[1] as string), maskedHead: m[2] as string, count: ungroup(m[3] as string), hash: m[4] as string };
}

/**
 * A head with the export's own name replaced by `$name` and every string, numeric and bigint
 * literal by `$`: what the per-code exports of a package have in common.
 */
export function maskHead(head: string, name: string): string {
  const masked = head
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '$')
    .replace(/(?<![\w$.])-?\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?n?(?![\w$])/g, '$');
  // The first whole-word occurrence of the name (no RegExp per export: reports have thousands).
  const word = /[\w$]/;
  for (let at = masked.indexOf(name); at >= 0; at = masked.indexOf(name, at + 1)) {
    const before = masked[at - 1];
    const after = masked[at + name.length];
    if ((before === undefined || !word.test(before)) && (after === undefined || !word.test(after))) return `${masked.slice(0, at)}$name${masked.slice(at + name.length)}`;
  }
  return masked;
}

/** Exports of one declaration file belong to one family when their masked heads are equal. */
export const familyKey = (item: Pick<ReportItem, 'module' | 'head' | 'name'>): string => `${item.module}\n${maskHead(item.head, item.name)}`;

/**
 * An item as the report prints it: head, members (summarized above the threshold) and tail.
 * Functions print every overload at the margin; other members are indented.
 */
export function itemLines(item: ReportItem): string[] {
  const lines = [item.head];
  if (item.kind === 'function') lines.push(...item.members);
  else if (isSummarized(item.members.length)) {
    lines.push(...item.members.slice(0, SHOWN_MEMBERS).map((m) => INDENT + m));
    lines.push(membersSummaryLine(item.members.length - SHOWN_MEMBERS, item.members.length, hashLines(item.members)));
  } else lines.push(...item.members.map((m) => INDENT + m));
  if (item.tail !== '') lines.push(item.tail);
  return lines;
}
