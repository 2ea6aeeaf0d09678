/**
 * Catalog text on a terminal: control characters (an ESC starts an escape sequence, OSC can set
 * the window title or a hyperlink) and bidirectional controls are shown as `\u001b`-style escapes,
 * never sent raw. The lint rules reject such characters in catalogs already; this keeps `explain`
 * and problem output safe whatever they are given (and echoes the user's own arguments safely).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
/**
 * What must not reach a line that has to stay one: UNSAFE and newline, tab, the Unicode line and
 * paragraph separators (a property name holding a line break split a problem's pointer over two
 * lines), and half a surrogate pair. No `u` flag: with it a lone surrogate cannot be matched.
 */
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escaped = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a terminal: newline and tab stay. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** Text for one line of a terminal: newline and tab escaped too. */
export function oneLineText(text: string): string {
  return text.replace(NOT_ONE_LINE, escaped);
}

/** A copy of plain data (arrays, plain objects) with every string made terminal-safe. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafe(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[terminalText(k)] = terminalSafe(v);
    return out as T;
  }
  return value;
}
