/**
 * Markdown escaping for catalog text. Handlebars runs with noEscape (its escaping is HTML's),
 * so every string reaches a template through one of these.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>|#!~&{}]/g;
/** Text with none of these needs no escaping at all (most catalog prose): one test instead of four passes. */
const NEEDS_WORK = /[\\`*_[\]<>|#!~&{}\r\n\u2028\u2029]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
/** What mdCode and mdFence change or must fence around. */
const CODE_WORK = /[`|\r\n\u2028\u2029]/;
const FENCE_WORK = /[`\r\u2028\u2029]/;

/** Inline text: Markdown punctuation backslash-escaped, `&`/`<`/`>` as entities, one line. */
export function mdInline(text: string): string {
  if (!NEEDS_WORK.test(text)) return text.trim();
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INLINE_SPECIAL, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`))
    .replace(PLACEHOLDER_URL, '$1\\:')
    .replace(/\n+/g, ' ')
    .trim();
}

/**
 * The scheme of a URL holding a placeholder (`https://www.zohoapis.{dc}/crm`), before its colon.
 * Linkify (VitePress, GitHub) would link the part before the `{`, a host that does not exist: an
 * escaped colon leaves the text as text. Runs on escaped text, where `{` is already `\{`.
 */
const PLACEHOLDER_URL = /\b(https?|ftp):(?=\/\/[^\s]*\\[{}])/gi;

/** A table cell: inline text, and line breaks kept as <br> (a raw newline would end the row). */
export function mdCell(text: string): string {
  if (!LINE_BREAK.test(text)) return mdInline(text);
  return text
    .split(/\r\n?|\n|[\u2028\u2029]/)
    .map((line) => mdInline(line))
    .filter((line) => line !== '')
    .join('<br>');
}

/** Paragraphs: each line escaped, and line starts that would open a list, heading or quote neutralized. */
export function mdBlock(text: string): string {
  if (!LINE_BREAK.test(text)) return mdInline(text).replace(/^([-+=]|\d+[.)])/, '\\$1');
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => mdInline(line).replace(/^([-+=]|\d+[.)])/, '\\$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * An inline code span whose fence is longer than any backtick run inside it, safe in a table cell:
 * `|` is escaped, which GFM tables undo before reading the span. Outside tables use mdCodeSpan.
 */
export function mdCode(text: string): string {
  return codeSpan(text, true);
}

/** mdCode for a list item, a heading or prose: there `\|` inside a code span would show as typed. */
export function mdCodeSpan(text: string): string {
  return codeSpan(text, false);
}

function codeSpan(text: string, inTable: boolean): string {
  // Names, codes and types rarely hold a backtick, pipe or line break: one test instead of four passes.
  if (!CODE_WORK.test(text)) {
    const pad = text === '' || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
    return `\`${pad}${text}${pad}\``;
  }
  const flat = text.replace(/\r\n?|\n|[\u2028\u2029]/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one: pad to keep them.
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}

/** A fenced code block that no content can close early. */
export function mdFence(text: string, lang: string): string {
  if (!FENCE_WORK.test(text)) return `\`\`\`${lang}\n${text}\n\`\`\``;
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\r\n?|[\u2028\u2029]/g, '\n')}\n${fence}`;
}

/**
 * A link destination: http(s) URLs only (anything else, `javascript:` included, becomes `#`),
 * with every character that could end the destination or break out of it percent-encoded: every
 * Unicode space (`\s`: no-break, ideographic, U+FEFF, …), not only ASCII ones, since renderers
 * differ on where a link with one ends; and the bidi controls, which in the raw Markdown would
 * reorder what a reader of the source sees.
 */
export function mdUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#';
  return url.replace(/[\s()<>\\`"'[\]|\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) =>
    [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
