/**
 * Words for what arrived instead of the vendor's envelope. Only runs on failure paths, so it may
 * look further into the text than the hot path would; it never reads past the first few kilobytes.
 */

const SAMPLE = 4096;
const SNIPPET = 160;

export type Markup = 'html' | 'xml';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function snippet(text: string): string {
  const flat = collapse(text.slice(0, SNIPPET * 4));
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET - 1)}…` : flat;
}

/** `<` at the start: an HTML page or some XML. */
export function classifyMarkup(text: string, start: number): Markup {
  const head = text.slice(start, start + SAMPLE).toLowerCase();
  if (head.startsWith('<?xml') && !head.includes('<html')) return 'xml';
  if (head.startsWith('<!doctype html') || head.includes('<html') || head.includes('<body') || head.includes('<head')) return 'html';
  return 'xml';
}

/** The page title, else the visible text at the start of the page. */
function htmlGist(text: string, start: number): string {
  const head = text.slice(start, start + SAMPLE);
  const lower = head.toLowerCase();
  const open = lower.indexOf('<title');
  if (open !== -1) {
    const from = lower.indexOf('>', open);
    const to = lower.indexOf('</title', from);
    if (from !== -1 && to !== -1) {
      const title = snippet(head.slice(from + 1, to));
      if (title !== '') return title;
    }
  }
  return snippet(head.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '));
}

const at = (status: number | undefined): string => (status === undefined ? '' : ` (HTTP ${status})`);

export function describeMarkup(kind: Markup, text: string, start: number, status: number | undefined): string {
  if (kind === 'html') {
    const gist = htmlGist(text, start);
    return `Received an HTML page instead of JSON${at(status)}${gist === '' ? '' : `: ${gist}`}`;
  }
  return `Received XML instead of JSON${at(status)}: ${snippet(text.slice(start, start + SAMPLE))}`;
}

export function describeText(text: string, start: number, status: number | undefined): string {
  return `Received plain text instead of JSON${at(status)}: ${JSON.stringify(snippet(text.slice(start, start + SAMPLE)))}`;
}

export function describeMalformed(text: string, error: unknown, status: number | undefined): string {
  const why = error instanceof Error ? snippet(error.message) : 'it does not parse';
  return `Received malformed JSON${at(status)} (${text.length} characters): ${why}`;
}

export function describeEmpty(status: number | undefined): string {
  return `Received an empty body${at(status)} where the API sends JSON`;
}

/** A value that holds a body (parser.ts `bodyHolder`): an index into HOLDERS. */
export type Holder = 0 | 1 | 2;

/** What each holder is, and what to do with it instead. */
const HOLDERS = [
  ['a Promise', 'await it first'],
  ['a fetch Response or a Blob', 'pass a Response to parseFetchResponse, read a Blob to text first'],
  ['a stream', 'read it to text first'],
] as const;

export function describeHolder(holder: Holder, status: number | undefined): string {
  const [what, instead] = HOLDERS[holder];
  return `Received ${what}${at(status)}, not a body: ${instead}`;
}

export function describeJsonValue(value: unknown, status: number | undefined): string {
  if (value === null) return `Received JSON null${at(status)} where an error entry was expected`;
  if (Array.isArray(value))
    return value.length === 1 ? `Received a JSON array of 1 item${at(status)} that is not an error entry` : `Received a JSON array of ${value.length} items${at(status)} that are not error entries`;
  const type = typeof value;
  // A value given, not parsed, may be of a type JSON does not have (a function, undefined in an array).
  const json = type === 'string' || type === 'number' || type === 'boolean' ? 'a JSON ' : 'a JavaScript ';
  return `Received ${json}${type}${at(status)} where an error entry was expected`;
}

export function describeNoCode(value: object, codeField: string, status: number | undefined): string {
  const keys = Object.keys(value);
  const shown = keys.slice(0, 8).map((k) => JSON.stringify(k));
  const list = keys.length === 0 ? 'no properties' : `properties ${shown.join(', ')}${keys.length > 8 ? ', …' : ''}`;
  return `Received a JSON object without ${JSON.stringify(codeField)}${at(status)} (${list})`;
}

/** `nested`: a cause inside another entry; else a record of a list (`index`) or the body's own entry. */
export function describeRecordWithoutCode(value: unknown, index: number | undefined, nested: boolean, codeField: string): string {
  const where = nested ? 'A nested cause' : index === undefined ? 'The entry' : `Record ${index}`;
  if (value === null || typeof value !== 'object') return `${where} is ${value == null ? String(value) : `a ${typeof value}`}, not an entry`;
  if (Array.isArray(value)) return `${where} is an array, not an entry`;
  const field = JSON.stringify(codeField);
  // Own fields only, as the parser reads them: an inherited null code is no code sent.
  const sent = Object.hasOwn(value, codeField) ? (value as Record<string, unknown>)[codeField] : undefined;
  return sent === null ? `${where} has ${field}: null` : `${where} has no ${field}`;
}

export function describeUnknownCode(code: string | number | undefined, raw: unknown): string {
  if (code !== undefined) return `Code ${JSON.stringify(code)} sent without a message`;
  return typeof raw === 'number' ? `The entry's code ${String(raw)} is not a finite number` : `The entry's code ${describeValue(raw)} is neither a string nor a number`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function describeUnreadable(error: unknown): string {
  const why = error instanceof Error ? snippet(error.message) : snippet(String(error));
  return `The response value could not be read: ${why}`;
}
