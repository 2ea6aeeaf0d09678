/**
 * Phase 1, load: read catalog files and parse them. A sound catalog is parsed by JSON.parse
 * alone; momoa, which keeps source locations, parses it again only when something asks where a
 * value is (a problem to report as file:line:column) — or at once, when the text is not valid
 * JSON or repeats a key, to explain exactly where.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type AnyNode, type DocumentNode, type LocationRange } from '@humanwhocodes/momoa';
import type { Problem } from './problems.js';
import { MAX_JSON_DEPTH, tooDeepAt } from './validate/json-depth.js';
import { explainSyntaxError, findControlCharacter, looksLikeUtf16 } from './validate/json-syntax.js';
import { positionOf } from './validate/text-position.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /**
   * Problems the parser tolerates but a catalog must not have (a key repeated in one object:
   * JSON.parse silently keeps the last one). Validation reports them with the rest.
   */
  readonly problems: readonly Problem[];
  /** Line and column of the value at a JSON pointer (or of its nearest existing ancestor). */
  locate(pointer: string): Position;
  /** Line and column of the property name the pointer ends in (the value's, for array items). */
  locateKey(pointer: string): Position;
}

export const SCHEMA_FILE_NAME = 'catalog.schema.json';

export function listCatalogFiles(catalogDir: string): string[] {
  return readdirSync(catalogDir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE_NAME)
    .sort()
    .map((name) => join(catalogDir, name));
}

export function readSource(path: string, root: string): SourceFile | Problem {
  const read = readText(path, root);
  return 'text' in read ? parseSource(read.file, read.text) : read;
}

/** A catalog file's text, decoded as UTF-8, or why it cannot be read as such. */
export function readText(path: string, root: string): { readonly file: string; readonly text: string } | Problem {
  const file = relative(root, path).split('\\').join('/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found = code === 'EISDIR' ? 'a folder' : code === 'ENOENT' ? 'no file (a link to nothing?)' : code === 'EACCES' || code === 'EPERM' ? 'a file errcat may not read' : `a read error (${code ?? 'unknown'})`;
    return { file, line: 1, column: 1, pointer: '', rule: 'read', message: `cannot read file: ${(error as Error).message}`, expected: 'a readable catalog file (UTF-8 JSON)', found };
  }
  const text = decodeUtf8(file, bytes);
  return typeof text === 'string' ? { file, text } : text;
}

/**
 * Where the first byte sequence that is not UTF-8 starts (-1: none). The decoder only says that
 * one is there; the index where it noticed is past the start when a lead byte is followed by
 * bytes it cannot take (Latin-1 "caf\xE9 " fails at the space). The ranges are the decoder's
 * (WHATWG UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (more === 0) return i;
    for (let k = 1; k <= more; k++) {
      const low = k === 1 ? (lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80) : 0x80;
      const high = k === 1 ? (lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf) : 0xbf;
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
    }
    i += more + 1;
  }
  return -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * The file's text, or where it stops being UTF-8. Node's 'utf8' reading turns bytes that are not
 * UTF-8 into U+FFFD without a word, and the generated files then carried that character. UTF-16
 * is left to the syntax check, which says "UTF-16" (its byte-order mark is not UTF-8 either).
 */
function decodeUtf8(file: string, bytes: Uint8Array): string | Problem {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const lenient = LENIENT_UTF8.decode(bytes);
    // UTF-16 by its byte-order mark's bytes, or by the NULs beside each ASCII character; two bytes
    // that are not UTF-8 at the start are no mark of it (cp1252's curly quotes, 0x93 0x94).
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (bom || looksLikeUtf16(lenient.replace(/^\uFFFD+/, ''))) return lenient;
    const lo = firstInvalidUtf8(bytes);
    // Columns as parseSource counts them: a byte-order mark is not one.
    const before = LENIENT_UTF8.decode(bytes.subarray(0, lo)).replace(/^\uFEFF/, '');
    const bad = `0x${(bytes[lo] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      file,
      ...positionOf(before, before.length),
      pointer: '',
      rule: 'json-syntax',
      message: 'the file is not valid UTF-8 here',
      expected: 'a catalog saved as UTF-8',
      found: `the byte ${bad}`,
    };
  }
}

export function parseSource(file: string, raw: string): SourceFile | Problem {
  // Editors may save a byte-order mark; it is invisible, so it must not shift columns either.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const deep = depthProblem(file, text);
  if (deep !== undefined) return deep;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseWithPositions(file, text);
  }
  // JSON.parse keeps the last of repeated keys silently: when it kept fewer keys than the text
  // names, some key is repeated, and momoa finds which and where.
  if (countKeys(data) !== countKeyTokens(text)) return parseWithPositions(file, text);
  let ast: DocumentNode | undefined;
  const body = (): AnyNode => (ast ??= parse(text, { mode: 'json', ranges: false, tokens: false })).body;
  return { file, text, data, problems: [], ...locators(body) };
}

/** The slow path, for text JSON.parse rejects or that repeats a key: momoa's tree explains both. */
export function parseWithPositions(file: string, text: string): SourceFile | Problem {
  // Checked here too (parseSource checked already): momoa and the walks after it recurse.
  const deep = depthProblem(file, text);
  if (deep !== undefined) return deep;
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    return { file, ...explainSyntaxError(text, error as Error & { line?: number; column?: number; offset?: number }) };
  }
  const control = findControlCharacter(text);
  if (control !== undefined) return { file, ...control };
  const data = JSON.parse(text) as unknown;
  return { file, text, data, problems: duplicateKeys(file, ast.body), ...locators(() => ast.body) };
}

/** A problem when the text nests deeper than the generator's recursive walks can take (json-depth.ts). */
function depthProblem(file: string, text: string): Problem | undefined {
  const deep = tooDeepAt(text);
  if (deep === undefined) return undefined;
  return {
    file,
    ...positionOf(text, deep),
    pointer: '',
    rule: 'json-depth',
    message: `the JSON nests deeper than ${MAX_JSON_DEPTH} levels here`,
    expected: `at most ${MAX_JSON_DEPTH} nested objects and arrays`,
    found: `a value opening level ${MAX_JSON_DEPTH + 1}`,
  };
}

function locators(body: () => AnyNode): Pick<SourceFile, 'locate' | 'locateKey'> {
  return {
    locate: (pointer) => start(findNode(body(), pointer).node.loc),
    locateKey: (pointer) => {
      const { node, key } = findNode(body(), pointer);
      return start((key ?? node).loc);
    },
  };
}

/** Property names in a parsed value, counted over every object (each object's names are distinct). */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countKeys(item);
    return n;
  }
  for (const key in value) n += 1 + countKeys((value as Record<string, unknown>)[key]);
  return n;
}

/**
 * Property names in valid JSON text: strings followed by a colon. Only called on text JSON.parse
 * accepted, so every quote outside a string opens one and a string ends at the first quote not
 * escaped by an odd run of backslashes.
 */
function countKeyTokens(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    let end = text.indexOf('"', i + 1);
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58) n++;
    i = text.indexOf('"', next);
  }
  return n;
}

const start = (loc: LocationRange | undefined): Position => ({ line: loc?.start.line ?? 1, column: loc?.start.column ?? 1 });

/** The node at a pointer (or its deepest existing ancestor) and, when reached through an object member, that member's name. */
function findNode(root: AnyNode, pointer: string): { node: AnyNode; key?: AnyNode } {
  let node: AnyNode = root;
  let key: AnyNode | undefined;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
  for (const segment of segments) {
    let next: AnyNode | undefined;
    let nextKey: AnyNode | undefined;
    if (node.type === 'Object') {
      // The last member with a name wins, as in JSON.parse (earlier duplicates are reported separately).
      const member = [...node.members].reverse().find((m) => memberName(m.name) === segment);
      next = member?.value;
      nextKey = member?.name;
    } else if (node.type === 'Array' && /^(0|[1-9]\d*)$/.test(segment)) {
      next = node.elements[Number(segment)]?.value;
    }
    if (next === undefined) return { node };
    node = next;
    key = nextKey;
  }
  return key === undefined ? { node } : { node, key };
}

function memberName(name: AnyNode): string {
  return name.type === 'String' ? name.value : name.type === 'Identifier' ? name.name : '';
}

function duplicateKeys(file: string, root: AnyNode): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: AnyNode, pointer: string): void => {
    if (node.type === 'Object') {
      const first = new Map<string, Position>();
      for (const member of node.members) {
        const name = memberName(member.name);
        const here = start(member.name.loc);
        const seen = first.get(name);
        if (seen === undefined) first.set(name, here);
        else
          problems.push({
            file,
            ...here,
            pointer: `${pointer}/${escapePointer(name)}`,
            rule: 'duplicate-key',
            message: `property "${name}" appears twice in one object`,
            expected: 'each property once (JSON.parse would silently keep only the last)',
            found: `a second "${name}", first at ${seen.line}:${seen.column}`,
          });
        visit(member.value, `${pointer}/${escapePointer(name)}`);
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, i) => visit(element.value, `${pointer}/${i}`));
    }
  };
  visit(root, '');
  return problems;
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
