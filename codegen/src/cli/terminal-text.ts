/**
 * Catalog text on a terminal: control characters (an ESC starts an escape sequence, OSC can set
 * the window title or a hyperlink) and bidirectional controls are shown as `\u001b`-style escapes,
 * never sent raw. Newline and tab stay. The lint rules reject such characters in catalogs already;
 * this keeps `explain` safe whatever it is given (and echoes the user's own arguments safely).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
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
