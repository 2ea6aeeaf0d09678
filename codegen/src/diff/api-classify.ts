/**
 * What a change to a package's API report means for its version. Reports (api-reports/, written
 * by `pnpm api-report` from the built declarations) change when the catalog changes, and also
 * when the generator, its emitters or the runtime's types change without any catalog edit: this
 * is how `errcat diff --require-changeset` covers those too.
 *
 * - major: an entry point, export, overload or member removed; a parameter's type changed (text
 *   cannot tell narrowing from widening, so every change counts as narrowing), a required
 *   parameter added, a return type, type, head or signature changed; a summarized family or
 *   declaration that lost entries or whose entries changed;
 * - minor: an entry point, export, overload or member added; an optional parameter added, a
 *   parameter made optional; a member that only gained optional properties or tuple elements;
 * - patch: a parameter renamed.
 *
 * Summarized families and declarations (more than SUMMARY_THRESHOLD entries) are compared by
 * count and hash: more entries is minor, fewer or changed ones major.
 */
import { hashLines } from '../api-report/summary.js';
import { familyHash } from '../api-report/render.js';
import { parsedFamilyKey, type ParsedEntry, type ParsedItem, type ParsedReport } from '../api-report/parse.js';
import type { Level } from './classify.js';

export type SurfaceChangeKind = 'surface-removed' | 'surface-added' | 'surface-changed';

export interface SurfaceChange {
  readonly level: Level;
  readonly kind: SurfaceChangeKind;
  readonly code?: undefined;
  readonly summary: string;
}

const show = (text: string): string => `\`${text}\``;

/** Every change between two reports of one package (entry points paired by their titles). */
export function classifyReports(before: ParsedReport, after: ParsedReport): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  for (const [title, entry] of before.entries) {
    const now = after.entries.get(title);
    if (now === undefined) changes.push({ level: 'major', kind: 'surface-removed', summary: `API: entry point ${title} removed` });
    else changes.push(...classifyEntry(title, entry, now));
  }
  for (const title of after.entries.keys())
    if (!before.entries.has(title)) changes.push({ level: 'minor', kind: 'surface-added', summary: `API: entry point ${title} added` });
  for (const [subpath, target] of before.otherExports) {
    const now = after.otherExports.get(subpath);
    if (now === undefined) changes.push({ level: 'major', kind: 'surface-removed', summary: `API: subpath ${show(subpath)} removed` });
    else if (now !== target) changes.push({ level: 'major', kind: 'surface-changed', summary: `API: subpath ${show(subpath)} now leads to ${show(now)} instead of ${show(target)}` });
  }
  for (const subpath of after.otherExports.keys())
    if (!before.otherExports.has(subpath)) changes.push({ level: 'minor', kind: 'surface-added', summary: `API: subpath ${show(subpath)} added` });
  return changes;
}

const itemKey = (item: ParsedItem): string => `${item.kind} ${item.name}`;
const label = (item: ParsedItem): string => `${item.kind} ${show(item.name)}`;

function classifyEntry(title: string, before: ParsedEntry, after: ParsedEntry): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const at = (what: string): string => `API ${title}: ${what}`;
  const old = new Map(before.items.map((i) => [itemKey(i), i]));
  const now = new Map(after.items.map((i) => [itemKey(i), i]));
  // A name declared as another kind (an interface now a type alias): one change, not a removal
  // and an addition that a changelog reader has to pair up. Major: what only the old kind allowed
  // (merging declarations, `implements` of a class) may be in use.
  const byName = (items: Map<string, ParsedItem>, other: Map<string, ParsedItem>) => {
    const names = new Map<string, ParsedItem>();
    for (const [key, item] of items) if (!other.has(key)) names.set(item.name, item);
    return names;
  };
  const goneByName = byName(old, now);
  const newByName = byName(now, old);
  const rekinded = new Set([...goneByName.keys()].filter((name) => newByName.has(name)));
  for (const name of rekinded) {
    const was = goneByName.get(name) as ParsedItem;
    const is = newByName.get(name) as ParsedItem;
    changes.push({ level: 'major', kind: 'surface-changed', summary: at(`${label(was)} is now a ${is.kind}`) });
  }
  for (const [key, item] of old) {
    const next = now.get(key);
    if (next !== undefined) changes.push(...classifyItem(item, next).map((c) => ({ ...c, summary: at(c.summary) })));
    // Not listed now: counted by its family's summary when the report summarizes that family.
    else if (!rekinded.has(item.name) && !after.families.has(parsedFamilyKey(item)))
      changes.push({ level: 'major', kind: 'surface-removed', summary: at(`${label(item)} removed`) });
  }
  for (const [key, item] of now)
    if (!old.has(key) && !rekinded.has(item.name) && !before.families.has(parsedFamilyKey(item)))
      changes.push({ level: 'minor', kind: 'surface-added', summary: at(`${label(item)} added`) });
  // Families summarized on either side: compared by count and hash.
  for (const key of new Set([...before.families.keys(), ...after.families.keys()])) {
    const a = familyCount(before, key);
    const b = familyCount(after, key);
    if (a.hash === b.hash) continue;
    const what = `${(before.families.get(key) ?? after.families.get(key))?.maskedHead ?? key}`;
    if (b.count < a.count) changes.push({ level: 'major', kind: 'surface-removed', summary: at(`exports like ${show(what)}: ${a.count} → ${b.count}`) });
    else if (b.count > a.count) changes.push({ level: 'minor', kind: 'surface-added', summary: at(`exports like ${show(what)}: ${a.count} → ${b.count}`) });
    else changes.push({ level: 'major', kind: 'surface-changed', summary: at(`exports like ${show(what)} changed (${b.count}, sha256 ${a.hash} → ${b.hash})`) });
  }
  return changes;
}

/** A family's size and hash: from its summary line, or computed from the exports listed in full. */
function familyCount(entry: ParsedEntry, key: string): { count: number; hash: string } {
  const summary = entry.families.get(key);
  if (summary !== undefined) return { count: summary.count, hash: summary.hash };
  const items = entry.items.filter((i) => parsedFamilyKey(i) === key).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  return { count: items.length, hash: familyHash(items) };
}

type Found = Omit<SurfaceChange, 'summary'> & { summary: string };

export function classifyItem(before: ParsedItem, after: ParsedItem): Found[] {
  if (before.lines.join('\n') === after.lines.join('\n')) return [];
  if (before.kind === 'function') return classifyFunction(before, after);
  const what = label(after);
  if (before.head !== after.head || before.lines.at(-1) !== after.lines.at(-1)) {
    if (before.members.length === 0 && after.members.length === 0 && before.membersSummary === undefined && after.membersSummary === undefined)
      return [{ level: 'major', kind: 'surface-changed', summary: `${what} changed: ${show(before.head)} → ${show(after.head)}` }];
    if (before.head !== after.head) return [{ level: 'major', kind: 'surface-changed', summary: `${what} declaration changed: ${show(before.head)} → ${show(after.head)}` }];
  }
  if (before.membersSummary !== undefined || after.membersSummary !== undefined) {
    const a = before.membersSummary ?? { count: before.members.length, hash: hashLines(before.members) };
    const b = after.membersSummary ?? { count: after.members.length, hash: hashLines(after.members) };
    if (a.hash === b.hash) return [];
    if (b.count < a.count) return [{ level: 'major', kind: 'surface-removed', summary: `${what}: members ${a.count} → ${b.count}` }];
    if (b.count > a.count) return [{ level: 'minor', kind: 'surface-added', summary: `${what}: members ${a.count} → ${b.count}` }];
    return [{ level: 'major', kind: 'surface-changed', summary: `${what}: members changed (${b.count}, sha256 ${a.hash} → ${b.hash})` }];
  }
  return classifyMembers(what, before.members, after.members);
}

/** The name a member line declares (`readonly code: 0;` → code); a union member is its own key. */
export function memberKey(line: string): string {
  if (line.startsWith('| ')) return line;
  const m = /^(?:(?:readonly|static|abstract|protected|private|public|declare|get|set|accessor)\s+)*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\]]*\]|#?[\w$]+|new|\(|<)/.exec(line);
  const name = m?.[1] ?? line;
  // Accessors and call/construct signatures: keep their kind in the key so get/set pairs stay apart.
  const accessor = /^(?:(?:readonly|static|abstract|protected|private|public|declare)\s+)*(get|set)\s/.exec(line)?.[1];
  return accessor === undefined ? name : `${accessor} ${name}`;
}

function classifyMembers(what: string, before: readonly string[], after: readonly string[]): Found[] {
  const changes: Found[] = [];
  const group = (lines: readonly string[]): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    for (const line of lines) map.set(memberKey(line), [...(map.get(memberKey(line)) ?? []), line]);
    return map;
  };
  const old = group(before);
  const now = group(after);
  for (const [key, lines] of old) {
    const next = now.get(key);
    if (next === undefined) changes.push({ level: 'major', kind: 'surface-removed', summary: `${what}: member ${show(lines.join(' '))} removed` });
    else if (next.join('\n') !== lines.join('\n')) {
      const widened = lines.length === 1 && next.length === 1 && onlyOptionalAdded(lines[0] as string, next[0] as string);
      changes.push({
        level: widened ? 'minor' : 'major',
        kind: 'surface-changed',
        summary: `${what}: member ${show(lines.join(' '))} → ${show(next.join(' '))}${widened ? ' (optional additions only)' : ''}`,
      });
    }
  }
  for (const [key, lines] of now) if (!old.has(key)) changes.push({ level: 'minor', kind: 'surface-added', summary: `${what}: member ${show(lines.join(' '))} added` });
  return changes;
}

/**
 * True when `after` is `before` with text inserted at one place, and that text only adds
 * optional properties (`readonly b?: string; `) or optional tuple elements (`, string?`):
 * every value of the old type is still one of the new.
 */
export function onlyOptionalAdded(before: string, after: string): boolean {
  if (after.length <= before.length) return false;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (start + end < before.length) return false;
  const inserted = after.slice(start, after.length - end);
  const optionalProps = /^\s*(?:(?:readonly\s+)?(?:[\w$]+|"(?:[^"\\]|\\.)*")\?: [^;{}]+;\s*)+$/;
  // `string?`, or labeled: `severity?: string` (how the ParamsMap tuples name their elements).
  const element = String.raw`(?:[\w$]+\?:\s*[^,[\]{}()?]+|[^,[\]{}()]+\?)`;
  const optionalElements = new RegExp(String.raw`^(?:,\s*)?${element}(?:,\s*${element})*(?:,\s*)?$`);
  return optionalProps.test(inserted) || optionalElements.test(inserted);
}

interface Signature {
  readonly typeParams: string;
  readonly params: string[];
  readonly returns: string;
}

/** Splits `text` at top-level occurrences of `separator` (outside brackets and strings). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c) && !(c === '>' && text[i - 1] === '=')) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i).trim());
      from = i + separator.length;
    }
  }
  parts.push(text.slice(from).trim());
  return parts.filter((p) => p !== '');
}

/** `export function f<T>(a: A, b?: B): R;` → its type parameters, parameters and return type. */
export function parseSignature(line: string): Signature | undefined {
  const m = /^export function [^\s<(]+/.exec(line);
  if (m === null) return undefined;
  let i = m[0].length;
  let typeParams = '';
  const close = (open: string, shut: string): number => {
    let depth = 0;
    for (let j = i; j < line.length; j++) {
      const c = line[j];
      if (c === open) depth++;
      else if (c === shut && !(shut === '>' && line[j - 1] === '=')) {
        depth--;
        if (depth === 0) return j;
      }
    }
    return -1;
  };
  if (line[i] === '<') {
    const j = close('<', '>');
    if (j < 0) return undefined;
    typeParams = line.slice(i + 1, j);
    i = j + 1;
  }
  if (line[i] !== '(') return undefined;
  const j = close('(', ')');
  if (j < 0) return undefined;
  const params = splitTopLevel(line.slice(i + 1, j), ',');
  const rest = line.slice(j + 1).trim();
  const returns = rest.startsWith(':') ? rest.slice(1).replace(/;$/, '').trim() : '';
  return { typeParams, params, returns };
}

interface Param {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

function parseParam(text: string): Param {
  const m = /^(\.\.\.)?([\w$]+)(\?)?\s*(?::\s*([\s\S]*))?$/.exec(text);
  if (m === null) return { name: text, optional: false, type: text };
  return { name: m[2] as string, optional: m[1] !== undefined || m[3] !== undefined, type: `${m[1] ?? ''}${m[5] ?? m[4] ?? ''}` };
}

function classifyFunction(before: ParsedItem, after: ParsedItem): Found[] {
  const what = label(after);
  const a = [before.head, ...before.members];
  const b = [after.head, ...after.members];
  const removed = a.filter((o) => !b.includes(o));
  const added = b.filter((o) => !a.includes(o));
  if (removed.length === 0) return added.map((o) => ({ level: 'minor' as const, kind: 'surface-added' as const, summary: `${what}: overload ${show(o)} added` }));
  if (a.length !== 1 || b.length !== 1) return [{ level: 'major', kind: 'surface-changed', summary: `${what}: overloads changed: ${removed.map(show).join(', ')} → ${added.map(show).join(', ') || 'none'}` }];
  const x = parseSignature(before.head);
  const y = parseSignature(after.head);
  if (x === undefined || y === undefined) return [{ level: 'major', kind: 'surface-changed', summary: `${what}: signature ${show(before.head)} → ${show(after.head)}` }];
  const changes: Found[] = [];
  if (x.typeParams !== y.typeParams) changes.push({ level: 'major', kind: 'surface-changed', summary: `${what}: type parameters <${x.typeParams}> → <${y.typeParams}>` });
  const px = x.params.map(parseParam);
  const py = y.params.map(parseParam);
  for (let i = 0; i < Math.max(px.length, py.length); i++) {
    const p = px[i];
    const q = py[i];
    if (p !== undefined && q === undefined) changes.push({ level: 'major', kind: 'surface-removed', summary: `${what}: parameter ${show(p.name)} removed` });
    else if (p === undefined && q !== undefined)
      changes.push(q.optional ? { level: 'minor', kind: 'surface-added', summary: `${what}: optional parameter ${show(q.name)} added` } : { level: 'major', kind: 'surface-added', summary: `${what}: required parameter ${show(q.name)} added` });
    else if (p !== undefined && q !== undefined) {
      if (p.type !== q.type) changes.push({ level: 'major', kind: 'surface-changed', summary: `${what}: parameter ${show(q.name)} type ${show(p.type)} → ${show(q.type)} (treated as narrowed)` });
      if (p.optional && !q.optional) changes.push({ level: 'major', kind: 'surface-changed', summary: `${what}: parameter ${show(q.name)} is now required` });
      else if (!p.optional && q.optional) changes.push({ level: 'minor', kind: 'surface-changed', summary: `${what}: parameter ${show(q.name)} is now optional` });
      if (p.name !== q.name) changes.push({ level: 'patch', kind: 'surface-changed', summary: `${what}: parameter ${i + 1} renamed ${show(p.name)} → ${show(q.name)}` });
    }
  }
  if (x.returns !== y.returns) changes.push({ level: 'major', kind: 'surface-changed', summary: `${what}: return type ${show(x.returns)} → ${show(y.returns)}` });
  if (changes.length === 0) changes.push({ level: 'major', kind: 'surface-changed', summary: `${what}: signature ${show(before.head)} → ${show(after.head)}` });
  return changes;
}
