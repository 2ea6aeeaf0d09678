import { oneLineText } from './cli/terminal-text.js';

/** A problem found in a catalog, located precisely enough to jump to in an editor. */
export interface Problem {
  /** Path of the catalog file, relative to the repository root. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the offending value ('' for the whole document). */
  readonly pointer: string;
  /** Name of the rule or check that failed (`schema/type`, `duplicate-code`, `json-syntax`, …). */
  readonly rule: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

/** Optional decoration (colors) for the parts of a rendered problem. */
export interface ProblemStyle {
  readonly location: (text: string) => string;
  readonly rule: (text: string) => string;
  readonly label: (text: string) => string;
}

const NO_STYLE: ProblemStyle = { location: (t) => t, rule: (t) => t, label: (t) => t };

/** `file:line:column pointer [rule] message`, then `expected:` and `found:` lines. */
export function formatProblem(p: Problem): string {
  return renderProblem(p, NO_STYLE);
}

/**
 * formatProblem, with its parts decorated (the CLI colors them on a terminal). Each part is one
 * line and may quote catalog text: what would break the line or reach the terminal raw is escaped.
 */
export function renderProblem(p: Problem, style: ProblemStyle): string {
  const where = style.location(oneLineText(`${p.file}:${p.line}:${p.column}`));
  const pointer = p.pointer === '' ? '(document)' : oneLineText(p.pointer);
  let text = `${where} ${pointer} ${style.rule(`[${p.rule}]`)} ${oneLineText(p.message)}`;
  if (p.expected !== undefined) text += `\n    ${style.label('expected:')} ${oneLineText(p.expected)}`;
  if (p.found !== undefined) text += `\n    ${style.label('found:')}    ${oneLineText(p.found)}`;
  return text;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Short, single-line rendering of any JSON value for "found:" lines. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would show as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value > 0 ? '' : '-'}Infinity (a number too large for JavaScript)`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
