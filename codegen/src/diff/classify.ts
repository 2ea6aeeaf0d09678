/**
 * What a catalog edit means for its package's version. A pure function from the catalog at a
 * ref and the catalog now to a list of classified changes:
 *
 * - major: anything that breaks a consumer's code or its handling of a code — a code removed or
 *   renamed (its const, enum member and type names change), the primary HTTP status or the kind
 *   changed, a status removed, a parameter removed, renamed or added without a default
 *   (formatMessage's or formatVariant's arity changes), a variant removed or moved, a documented
 *   message dropped, an alias removed, details narrowed, the API's id, type prefix or code type changed,
 *   an envelope field changed or dropped or an entry taken out of an envelope list, a surfaced
 *   header dropped or read differently;
 * - minor: additions that keep existing code compiling and behaving — a code, a variant, a further
 *   status, an alias, a parameter with a default, a message where none was documented, optional
 *   details properties, a deprecation, a new retry strategy, envelope additions;
 * - patch: wording — message text, description, cause, fix, retry note, examples, groups, sources.
 */
import type { CodeEntry, CodeVariant, ErrcatCatalog, Param } from '../catalog.types.js';
import { toPascalCase } from '../names.js';

export type Level = 'major' | 'minor' | 'patch';

export const LEVELS: readonly Level[] = ['patch', 'minor', 'major'];

export function maxLevel(levels: Iterable<Level>): Level | undefined {
  let best: Level | undefined;
  for (const level of levels) if (best === undefined || LEVELS.indexOf(level) > LEVELS.indexOf(best)) best = level;
  return best;
}

export function atLeast(have: Level | undefined, need: Level): boolean {
  return have !== undefined && LEVELS.indexOf(have) >= LEVELS.indexOf(need);
}

export type ChangeKind =
  | 'api-added'
  | 'api-removed'
  | 'api-renamed'
  | 'api-prefix-changed'
  | 'code-type-changed'
  | 'envelope-changed'
  | 'api-docs-changed'
  | 'code-added'
  | 'code-removed'
  | 'code-renamed'
  | 'status-changed'
  | 'status-added'
  | 'variant-added'
  | 'variant-removed'
  | 'variant-moved'
  | 'kind-changed'
  | 'param-added'
  | 'param-removed'
  | 'param-renamed'
  | 'param-default-changed'
  | 'param-docs-changed'
  | 'alias-added'
  | 'alias-removed'
  | 'details-changed'
  | 'retry-changed'
  | 'deprecation-changed'
  | 'message-changed'
  | 'docs-changed';

export interface Change {
  readonly level: Level;
  readonly kind: ChangeKind;
  /** The code the change is about (absent for API-level changes). */
  readonly code?: string | number;
  /** One line, for humans and changelogs. */
  readonly summary: string;
}

const show = (value: unknown): string => JSON.stringify(value);
const codeKey = (code: string | number): string => `${typeof code}:${String(code)}`;
// The name only where it says something the code does not: `code "X"`, not `code "X" (X)`.
const label = (e: CodeEntry): string => (String(e.code) === e.name ? show(e.code) : `${show(e.code)} (${e.name})`);

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}

/** Every change from `before` to `after` (either may be absent: the API was added or removed). */
export function classifyChanges(before: ErrcatCatalog | undefined, after: ErrcatCatalog | undefined): Change[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ level: 'minor', kind: 'api-added', summary: `new API ${show((after as ErrcatCatalog).api.id)} with ${(after as ErrcatCatalog).codes.length} codes` }];
  if (after === undefined) return [{ level: 'major', kind: 'api-removed', summary: `API ${show(before.api.id)} removed` }];
  return [...apiChanges(before, after), ...codeChanges(before, after)];
}

function apiChanges(before: ErrcatCatalog, after: ErrcatCatalog): Change[] {
  const changes: Change[] = [];
  const a = before.api;
  const b = after.api;
  if (a.id !== b.id || a.packageName !== b.packageName)
    changes.push({ level: 'major', kind: 'api-renamed', summary: `API renamed: ${show(a.id)} (${a.packageName}) → ${show(b.id)} (${b.packageName})` });
  const prefixA = a.typePrefix ?? toPascalCase(a.id);
  const prefixB = b.typePrefix ?? toPascalCase(b.id);
  if (prefixA !== prefixB)
    changes.push({ level: 'major', kind: 'api-prefix-changed', summary: `type prefix ${prefixA} → ${prefixB}: every exported type name changes` });
  const { codeType: typeA, headers: headersA, ...envelopeA } = a.envelope;
  const { codeType: typeB, headers: headersB, ...envelopeB } = b.envelope;
  if (typeA !== typeB)
    changes.push({ level: 'major', kind: 'code-type-changed', summary: `codes travel as ${typeB} instead of ${typeA}` });
  envelopeHeaderChanges(headersA ?? {}, headersB ?? {}, changes);
  const { example: exampleA, ...shapeA } = envelopeA;
  const { example: exampleB, ...shapeB } = envelopeB;
  envelopeShapeChanges(shapeA as Record<string, unknown>, shapeB as Record<string, unknown>, changes);
  const docsFields = ['title', 'description', 'docsBaseUrl', 'vendorDocsUrl', 'sources', 'groups', 'limits'] as const;
  const docs = docsFields.filter((f) => !same(a[f], b[f])) as string[];
  if (!same(exampleA, exampleB)) docs.push('envelope.example');
  if (docs.length > 0) changes.push({ level: 'patch', kind: 'api-docs-changed', summary: `API ${docs.join(', ')} changed` });
  return changes;
}

function codeChanges(before: ErrcatCatalog, after: ErrcatCatalog): Change[] {
  const changes: Change[] = [];
  const old = new Map(before.codes.map((c) => [codeKey(c.code), c]));
  const now = new Map(after.codes.map((c) => [codeKey(c.code), c]));
  for (const [key, entry] of old) {
    if (!now.has(key)) changes.push({ level: 'major', kind: 'code-removed', code: entry.code, summary: `code ${label(entry)} removed` });
  }
  for (const [key, entry] of now) {
    const previous = old.get(key);
    if (previous === undefined) changes.push({ level: 'minor', kind: 'code-added', code: entry.code, summary: `code ${label(entry)} added` });
    else changes.push(...entryChanges(previous, entry));
  }
  return changes;
}

function entryChanges(a: CodeEntry, b: CodeEntry): Change[] {
  const changes: Change[] = [];
  const add = (level: Level, kind: ChangeKind, what: string): void => {
    changes.push({ level, kind, code: b.code, summary: `code ${label(b)}: ${what}` });
  };
  if (a.name !== b.name) add('major', 'code-renamed', `renamed ${a.name} → ${b.name} (its const, enum member and type names change)`);
  if (a.httpStatus !== b.httpStatus) add('major', 'status-changed', `HTTP status ${a.httpStatus} → ${b.httpStatus} (lookup().status changes)`);
  else statusChanges(a, b, 'HTTP status', add);
  if (a.kind !== b.kind) add('major', 'kind-changed', `kind ${a.kind} → ${b.kind}`);
  paramChanges(a.params ?? [], b.params ?? [], 'formatMessage', add);
  variantChanges(a.variants ?? [], b.variants ?? [], add);
  const aliasesA = new Set((a.aliases ?? []).map(codeKey));
  const aliasesB = new Set((b.aliases ?? []).map(codeKey));
  for (const alias of a.aliases ?? []) if (!aliasesB.has(codeKey(alias))) add('major', 'alias-removed', `alias ${show(alias)} removed (lookup no longer finds it)`);
  for (const alias of b.aliases ?? []) if (!aliasesA.has(codeKey(alias))) add('minor', 'alias-added', `alias ${show(alias)} added`);
  const details = detailsChange(a.details, b.details);
  if (details !== undefined) add(details.level, 'details-changed', details.what);
  if (a.retry.strategy !== b.retry.strategy || a.retry.reauth !== b.retry.reauth || a.retry.delaySeconds !== b.retry.delaySeconds)
    add('minor', 'retry-changed', `retry ${retryText(a)} → ${retryText(b)} (isRetryable and retry advice change)`);
  else if (a.retry.note !== b.retry.note) add('patch', 'retry-changed', 'retry note reworded');
  if ((a.deprecated === undefined) !== (b.deprecated === undefined))
    add('minor', 'deprecation-changed', b.deprecated === undefined ? 'no longer deprecated' : `deprecated${b.deprecated.replacedBy === undefined ? '' : ` in favour of ${show(b.deprecated.replacedBy)}`}`);
  else if (!same(a.deprecated, b.deprecated)) add('patch', 'deprecation-changed', 'deprecation notice reworded');
  messageChange(a.message, b.message, 'message', add);
  if (a.messageVaries !== b.messageVaries) add('patch', 'message-changed', b.messageVaries ? 'message now varies at run time' : 'message no longer varies');
  const docs = (['description', 'cause', 'fix', 'fixExempt', 'example', 'group', 'source', 'additionalSources', 'since', 'errorUnder2xx'] as const).filter(
    (f) => !same(a[f], b[f]),
  );
  if (docs.length > 0) add('patch', 'docs-changed', `${docs.join(', ')} changed`);
  return changes;
}

function retryText(entry: CodeEntry): string {
  const strategy = entry.retry.reauth === undefined ? entry.retry.strategy : `${entry.retry.strategy} (${entry.retry.reauth})`;
  return entry.retry.delaySeconds === undefined ? strategy : `${strategy} (${entry.retry.delaySeconds} s)`;
}

type Add = (level: Level, kind: ChangeKind, what: string) => void;

/** Statuses besides the first: a removed one is major (a consumer's status check may miss), an added one minor. */
function statusChanges(a: { httpStatus: number; additionalHttpStatuses?: number[] }, b: { httpStatus: number; additionalHttpStatuses?: number[] }, what: string, add: Add): void {
  const before = new Set([a.httpStatus, ...(a.additionalHttpStatuses ?? [])]);
  const after = new Set([b.httpStatus, ...(b.additionalHttpStatuses ?? [])]);
  const removed = [...before].filter((s) => !after.has(s));
  const added = [...after].filter((s) => !before.has(s));
  if (removed.length > 0) add('major', 'status-changed', `${what} ${removed.join(', ')} no longer documented (lookup().statuses shrinks)`);
  if (added.length > 0) add('minor', 'status-added', `${what} ${added.join(', ')} added`);
}

/** A message: reworded is patch; documented where it was not is minor; no longer documented is major (lookup().message becomes undefined). */
type EnvelopeHeaders = NonNullable<ErrcatCatalog['api']['envelope']['headers']>;

/** Headers by their key on the result: one dropped or read differently breaks readers of it; one added is minor. */
function envelopeHeaderChanges(a: EnvelopeHeaders, b: EnvelopeHeaders, changes: Change[]): void {
  const removed = Object.keys(a).filter((k) => !Object.hasOwn(b, k));
  if (removed.length > 0)
    changes.push({ level: 'major', kind: 'envelope-changed', summary: `response header${removed.length === 1 ? '' : 's'} ${removed.map(show).join(', ')} no longer surfaced` });
  for (const [key, x] of Object.entries(a)) {
    const y = b[key];
    if (x === undefined || y === undefined) continue;
    if (x.header !== y.header || x.type !== y.type)
      changes.push({ level: 'major', kind: 'envelope-changed', summary: `response header ${show(key)} now reads ${show(y.header)} as ${y.type} (was ${show(x.header)} as ${x.type})` });
  }
  const added = Object.keys(b).filter((k) => !Object.hasOwn(a, k));
  if (added.length > 0) changes.push({ level: 'minor', kind: 'envelope-changed', summary: `response header${added.length === 1 ? '' : 's'} ${added.map(show).join(', ')} surfaced` });
  if (Object.entries(a).some(([k, x]) => b[k] !== undefined && x?.description !== b[k]?.description))
    changes.push({ level: 'patch', kind: 'api-docs-changed', summary: 'response header descriptions changed' });
}

/**
 * Where parseResponse looks in a body. A field it read moved or dropped, or a list that lost an
 * entry (a record array, an entry path, a partial or empty-body status, a message field), reads
 * some bodies differently for code that relied on them: major. A field where there was none, or
 * entries added to a list (the message fields: at the end), reads more: minor.
 */
function envelopeShapeChanges(a: Record<string, unknown>, b: Record<string, unknown>, changes: Change[]): void {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
  for (const field of fields) {
    const x = a[field];
    const y = b[field];
    const listX = Array.isArray(x) ? (x as unknown[]) : undefined;
    const listY = Array.isArray(y) ? (y as unknown[]) : undefined;
    let level: Level;
    if (x === undefined) level = 'minor';
    else if (listX !== undefined && listY !== undefined) {
      const kept = listX.every((v) => listY.some((w) => same(v, w)));
      // Message fields are tried in order: only additions after the old ones keep every message.
      level = kept && (field !== 'messageFields' || listX.every((v, i) => same(v, listY[i]))) ? 'minor' : 'major';
    } else level = 'major';
    changes.push({ level, kind: 'envelope-changed', summary: `envelope ${field} ${show(x)} → ${show(y)}: parseResponse reads responses differently` });
  }
}

function messageChange(a: string | null | undefined, b: string | null | undefined, what: string, add: Add): void {
  if (a === b) return;
  if (a === null || a === undefined) add('minor', 'message-changed', `${what} now documented: ${show(b)}`);
  else if (b === null || b === undefined) add('major', 'message-changed', `${what} ${show(a)} no longer documented`);
  else add('patch', 'message-changed', `${what} ${show(a)} → ${show(b)}`);
}

/**
 * Variants by position (formatVariant and `err.variant` address them by index): one added at the
 * end is minor, one removed (or a list shortened, which moves none but drops the last) is major;
 * a kept position is compared like the code itself.
 */
function variantChanges(a: readonly CodeVariant[], b: readonly CodeVariant[], add: Add): void {
  // A variant found at another position (same statuses and message): `err.variant` and
  // formatVariant(code, n) now mean another variant. Reported as a move, not as rewordings.
  const key = (v: CodeVariant): string => JSON.stringify([v.httpStatus, v.additionalHttpStatuses ?? [], v.message]);
  const before = new Map<string, number>();
  a.forEach((v, i) => before.set(key(v), before.has(key(v)) ? -1 : i));
  // Both sides of each move: a moved variant is neither removed from its old place nor added at
  // its new one, and what is left at a position is compared with what is left there on the other side.
  const movedFrom = new Set<number>();
  const movedTo = new Set<number>();
  /** What code that named variant n (1-based) gets now: nothing past the new end, else another variant. */
  const fate = (n: number): string =>
    n > b.length ? `formatVariant(code, ${n}) no longer compiles` : `err.variant and formatVariant(code, ${n}) now mean another variant`;
  b.forEach((y, i) => {
    const from = before.get(key(y));
    if (from === undefined || from === -1 || from === i) return;
    movedFrom.add(from);
    movedTo.add(i);
    add('major', 'variant-moved', `variant ${from + 1} (HTTP ${y.httpStatus}: ${show(y.message)}) moved to ${i + 1} (${fate(from + 1)})`);
    variantEdits(a[from] as CodeVariant, y, i + 1, add);
  });
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = movedFrom.has(i) ? undefined : a[i];
    const y = movedTo.has(i) ? undefined : b[i];
    const n = i + 1;
    if (x !== undefined && y === undefined) add('major', 'variant-removed', `variant ${n} (HTTP ${x.httpStatus}: ${show(x.message)}) removed (${fate(n)})`);
    else if (x === undefined && y !== undefined) add('minor', 'variant-added', `variant ${n} added (HTTP ${y.httpStatus}: ${show(y.message)})`);
    else if (x !== undefined && y !== undefined) {
      if (x.httpStatus !== y.httpStatus) add('major', 'status-changed', `variant ${n} HTTP status ${x.httpStatus} → ${y.httpStatus}`);
      else statusChanges(x, y, `variant ${n} HTTP status`, add);
      messageChange(x.message, y.message, `variant ${n} message`, add);
      variantEdits(x, y, n, add);
    }
  }
}

/** What can change in a variant besides its statuses and message (which a move keeps): parameters and docs. */
function variantEdits(x: CodeVariant, y: CodeVariant, n: number, add: Add): void {
  paramChanges(x.params ?? [], y.params ?? [], `formatVariant(code, ${n})`, add);
  const docs = (['description', 'source', 'example'] as const).filter((f) => !same(x[f], y[f]));
  if (docs.length > 0) add('patch', 'docs-changed', `variant ${n} ${docs.join(', ')} changed`);
}

/** Parameters of one template, by position; `call` names the function whose arity they are. */
function paramChanges(pa: readonly Param[], pb: readonly Param[], call: string, add: Add): void {
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x !== undefined && y === undefined) add('major', 'param-removed', `parameter ${show(x.name)} removed (${call} takes one argument less)`);
    else if (x === undefined && y !== undefined) {
      if (y.default === undefined) add('major', 'param-added', `parameter ${show(y.name)} added without a default (${call} needs one more argument)`);
      else add('minor', 'param-added', `parameter ${show(y.name)} added with default ${show(y.default)}`);
    } else if (x !== undefined && y !== undefined) {
      if (x.name !== y.name) add('major', 'param-renamed', `parameter ${i + 1} renamed ${show(x.name)} → ${show(y.name)} (named parameters change)`);
      if (x.default !== undefined && y.default === undefined) add('major', 'param-default-changed', `parameter ${show(y.name)} lost its default (it becomes required)`);
      else if (x.default === undefined && y.default !== undefined) add('minor', 'param-default-changed', `parameter ${show(y.name)} gained default ${show(y.default)} (it becomes optional)`);
      else if (x.default !== y.default) add('patch', 'param-default-changed', `parameter ${show(y.name)} default ${show(x.default)} → ${show(y.default)}`);
      if (x.description !== y.description || x.example !== y.example) add('patch', 'param-docs-changed', `parameter ${show(y.name)} description or example changed`);
    }
  }
}

const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment', 'default', 'deprecated', 'readOnly', 'writeOnly']);

/**
 * A details schema without the keywords that only document it. Keys of `properties` and `$defs`
 * are names, not keywords (a property called "title" stays), and `enum` / `const` values are data
 * (a "description" inside an enum value is part of the value).
 */
function structure(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(structure);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (ANNOTATIONS.has(key)) continue;
    if ((key === 'properties' || key === '$defs') && value !== null && typeof value === 'object')
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, structure(v)]));
    else if (key === 'enum' || key === 'const') out[key] = value;
    else out[key] = structure(value);
  }
  return out;
}

function detailsChange(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): { level: Level; what: string } | undefined {
  if (same(a, b)) return undefined;
  if (a === undefined) return { level: 'major', what: 'details schema added (the details type changes from untyped to a specific shape)' };
  if (b === undefined) return { level: 'major', what: 'details schema removed (details become untyped)' };
  const sa = structure(a) as Record<string, unknown>;
  const sb = structure(b) as Record<string, unknown>;
  if (same(sa, sb)) return { level: 'patch', what: 'details documentation changed' };
  // Only new optional top-level properties: every existing reader still type-checks.
  const { properties: propsA = {}, ...restA } = sa as { properties?: Record<string, unknown> };
  const { properties: propsB = {}, ...restB } = sb as { properties?: Record<string, unknown> };
  const added = Object.keys(propsB).filter((k) => !Object.hasOwn(propsA, k));
  const kept = Object.keys(propsA).every((k) => Object.hasOwn(propsB, k) && same(propsA[k], propsB[k]));
  if (kept && added.length > 0 && same(restA, restB))
    return { level: 'minor', what: `details gained optional propert${added.length === 1 ? 'y' : 'ies'} ${added.map(show).join(', ')}` };
  return { level: 'major', what: 'details schema changed (the details type changes)' };
}
