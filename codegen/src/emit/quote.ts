/**
 * The one place catalog text becomes TypeScript source. Every string literal, property
 * key and JSDoc line in generated code goes through these helpers.
 */

/** A double-quoted TS/JS string literal for any string (JSON escaping, plus U+2028/U+2029). */
export function tsString(value: string): string {
  const json = JSON.stringify(value);
  return SEPARATORS.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

const SEPARATORS = /[\u2028\u2029]/;

/** A literal for a wire code: integers stay numbers, strings are quoted. */
export function tsCode(code: string | number): string {
  if (typeof code === 'number') {
    if (!Number.isSafeInteger(code)) throw new Error(`code ${code} is not a safe integer`);
    return String(code);
  }
  return tsString(code);
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object-literal / interface property key: bare when it is a plain identifier or integer.
 * `__proto__` is computed: as a plain or quoted key in an object literal it would set the
 * prototype instead of defining a property.
 */
export function tsKey(key: string | number): string {
  if (typeof key === 'number') return tsCode(key);
  if (key === '__proto__') return `[${tsString(key)}]`;
  return PLAIN_KEY.test(key) ? key : tsString(key);
}

/**
 * A property access on a value, `.name` where that is a plain identifier and `["name"]` otherwise;
 * with `optional`, the optional-chaining form (`?.name`, `?.["name"]`).
 */
export function tsMember(name: string, optional = false): string {
  if (PLAIN_KEY.test(name)) return `${optional ? '?' : ''}.${name}`;
  return `${optional ? '?.' : ''}[${tsString(name)}]`;
}

/** What jsdocText rewrites: line breaks other than \\n, `*\/`, `@`, and whitespace that ends a line. */
const NEEDS_JSDOC_WORK = /[\r\u2028\u2029@]|\*\/|\s(?:\n|$)/;

/**
 * Text safe inside a JSDoc block: `*\/` cannot close the comment, `@` at a word start cannot
 * start a tag, and line separators become ordinary newlines.
 */
export function jsdocText(text: string): string[] {
  // Most catalog text needs none of the rewrites below: ~0.15 s of a 10,000-code run was spent on them.
  if (!NEEDS_JSDOC_WORK.test(text)) return text.split('\n');
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\s)@/g, '$1\\@')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
}

const LINE_TERMINATOR_ESCAPES: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Text that stays on one `//` comment line: each line terminator is written as its escape (a line feed as backslash-n). */
export function lineCommentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, (ch) => LINE_TERMINATOR_ESCAPES[ch] ?? ch);
}

/** A URL safe for `{@link …}`: no spaces, braces or pipes that would end the tag early. */
export function jsdocUrl(url: string): string {
  return url.replace(/[\s{}|*]/g, (ch) => encodeURIComponent(ch));
}
