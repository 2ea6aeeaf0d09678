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

/*
 * Each part of a problem is one line of output, and may quote catalog text: a property name with a
 * line break split its pointer over two lines, and a raw U+2028, bidi control or terminal escape
 * would reach the terminal. Such characters, and lone surrogates, are shown as `\uXXXX`.
 */
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const oneLine = (text: string): string => text.replace(NOT_ONE_LINE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** formatProblem, with its parts decorated (the CLI colors them on a terminal). */
export function renderProblem(p: Problem, style: ProblemStyle): string {
  const where = style.location(oneLine(`${p.file}:${p.line}:${p.column}`));
  const pointer = p.pointer === '' ? '(document)' : oneLine(p.pointer);
  let text = `${where} ${pointer} ${style.rule(`[${p.rule}]`)} ${oneLine(p.message)}`;
  if (p.expected !== undefined) text += `\n    ${style.label('expected:')} ${oneLine(p.expected)}`;
  if (p.found !== undefined) text += `\n    ${style.label('found:')}    ${oneLine(p.found)}`;
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
