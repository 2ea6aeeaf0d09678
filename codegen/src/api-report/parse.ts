/**
 * Reads a report back (render.ts writes it): what `errcat diff` compares between a git ref and
 * the working tree. Pure text work: no ts-morph, so the bundled CLI stays light.
 */
import type { ItemKind } from './model.js';
import { SAME_AS } from './render.js';
import { familyKey, INDENT, parseFamilySummary, parseMembersSummary } from './summary.js';

export interface ParsedItem {
  readonly name: string;
  readonly kind: ItemKind;
  readonly module: string;
  readonly head: string;
  /** Member lines as listed (without indentation); for functions, the overloads after the first. */
  readonly members: string[];
  /** When the report summarizes the members: how many in all and their hash. */
  membersSummary?: { readonly count: number; readonly hash: string };
  /** The item's lines exactly as in the report (what family hashes are computed over). */
  readonly lines: string[];
}

export interface ParsedEntry {
  /** The section title (the specifier as a code span, and the conditions when they differ). */
  readonly title: string;
  readonly items: ParsedItem[];
  /** Summarized families by familyKey(): how many exports in all and their hash. */
  readonly families: Map<string, { readonly count: number; readonly hash: string; readonly maskedHead: string; readonly module: string }>;
}

export interface ParsedReport {
  readonly name: string;
  readonly entries: Map<string, ParsedEntry>;
  /** Subpaths without declarations → their targets. */
  readonly otherExports: Map<string, string>;
}

export class ReportParseError extends Error {}

const CODE_SPAN = /(`+) ?(.*?) ?\1(?!`)/g;

/** The text of a Markdown code span as mdCode() writes it. */
export function codeSpanText(span: string): string {
  const m = /^(`+)(.*)\1$/.exec(span.trim());
  if (m === null) return span.trim();
  let text = m[2] as string;
  if (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') text = text.slice(1, -1);
  return text.replace(/\\\|/g, '|');
}

const HEAD = /^export (?:(abstract class|const enum|class|interface|enum|type|namespace|function|const|let|var) ([^\s<(:=;{]+)|\* as (\S+) from )/;

function headOf(line: string): { kind: ItemKind; name: string } | undefined {
  const m = HEAD.exec(line);
  if (m === null) return undefined;
  if (m[3] !== undefined) return { kind: 'namespace', name: m[3] };
  const word = m[1] as string;
  const kind = (word === 'abstract class' ? 'class' : word === 'const enum' ? 'enum' : word) as ItemKind;
  return { kind, name: m[2] as string };
}

export function parseReport(text: string, file: string): ParsedReport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let name: string | undefined;
  const entries = new Map<string, ParsedEntry>();
  const otherExports = new Map<string, string>();
  let entry: ParsedEntry | undefined;
  let module = '';
  let fence: string | undefined;
  let item: ParsedItem | undefined;
  const fail = (i: number, what: string): never => {
    throw new ReportParseError(`${file}:${i + 1}: ${what}`);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence === undefined) {
      if (line.startsWith('# API report: ')) name = codeSpanText(line.slice('# API report: '.length));
      else if (line.startsWith('Subpaths without declarations: ')) {
        const spans = [...line.matchAll(CODE_SPAN)].map((m) => codeSpanText(m[0]));
        for (let k = 0; k + 1 < spans.length; k += 2) otherExports.set(spans[k] as string, spans[k + 1] as string);
      } else if (line.startsWith('## ')) {
        const title = line.slice(3);
        if (entries.has(title)) fail(i, `entry point ${title} appears twice`);
        entry = { title, items: [], families: new Map() };
        entries.set(title, entry);
      } else if (line.startsWith('### ')) module = codeSpanText(line.slice(4));
      else if (line.startsWith(SAME_AS) && line.endsWith('.')) {
        const earlier = entries.get(line.slice(SAME_AS.length, -1));
        if (entry === undefined || earlier === undefined) fail(i, `${JSON.stringify(line)} names no earlier entry point`);
        const target = entry as ParsedEntry;
        for (const it of (earlier as ParsedEntry).items) if (it.module === module) target.items.push(it);
        for (const [key, family] of (earlier as ParsedEntry).families) if (family.module === module) target.families.set(key, family);
      }
      else if (/^`{3,}ts$/.test(line)) {
        if (entry === undefined) fail(i, 'declarations before the first entry point');
        fence = line.slice(0, -2);
        item = undefined;
      }
      continue;
    }
    if (line === fence) {
      fence = undefined;
      continue;
    }
    const current = entry as ParsedEntry;
    if (line === '') continue;
    const family = parseFamilySummary(line);
    if (family !== undefined) {
      current.families.set(`${module}\n${family.maskedHead}`, { count: family.count, hash: family.hash, maskedHead: family.maskedHead, module });
      item = undefined;
      continue;
    }
    if (line.startsWith(INDENT) || line === '}' || line === '};') {
      if (item === undefined) fail(i, `a member line outside a declaration: ${JSON.stringify(line)}`);
      const it = item as ParsedItem;
      it.lines.push(line);
      const summary = parseMembersSummary(line);
      if (summary !== undefined) it.membersSummary = { count: summary.count, hash: summary.hash };
      else if (line.startsWith(INDENT)) it.members.push(line.slice(INDENT.length));
      continue;
    }
    const head = headOf(line);
    if (head === undefined) fail(i, `not a declaration: ${JSON.stringify(line)}`);
    const { kind, name: itemName } = head as { kind: ItemKind; name: string };
    if (item !== undefined && kind === 'function' && item.kind === 'function' && item.name === itemName) {
      item.members.push(line);
      item.lines.push(line);
      continue;
    }
    item = { name: itemName, kind, module, head: line, members: [], lines: [line] };
    current.items.push(item);
  }
  if (fence !== undefined) throw new ReportParseError(`${file}: a code block is not closed`);
  if (name === undefined) throw new ReportParseError(`${file}: no "# API report:" title: not an API report`);
  return { name, entries, otherExports };
}

/** Family of a parsed item (same key as render.ts uses). */
export const parsedFamilyKey = (item: ParsedItem): string => familyKey(item);
