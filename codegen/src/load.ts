/**
 * Phase 1, load: read catalog files and parse them with momoa, which keeps source
 * locations so every later problem can be reported as file:line:column.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, tokenize, type AnyNode, type DocumentNode, type LocationRange } from '@humanwhocodes/momoa';
import type { Problem } from './problems.js';

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
  const file = relative(root, path).split('\\').join('/');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { file, line: 1, column: 1, pointer: '', rule: 'read', message: `cannot read file: ${(error as Error).message}` };
  }
  return parseSource(file, text);
}

export function parseSource(file: string, raw: string): SourceFile | Problem {
  // Editors may save a byte-order mark; it is invisible, so it must not shift columns either.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    return syntaxProblem(file, text, error as Error & { line?: number; column?: number; offset?: number });
  }
  // momoa accepts raw control characters inside strings; JSON (and JSON.parse) does not.
  const control = findControlCharacter(text);
  if (control !== undefined) return { file, ...control };
  const data = JSON.parse(text) as unknown;
  return {
    file,
    text,
    data,
    problems: duplicateKeys(file, ast.body),
    locate: (pointer) => start(findNode(ast.body, pointer).node.loc),
    locateKey: (pointer) => {
      const { node, key } = findNode(ast.body, pointer);
      return start((key ?? node).loc);
    },
  };
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

const TOKEN_WORDS: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Colon: '":"',
  Comma: '","',
  String: 'a string',
  Number: 'a number',
  Boolean: 'a boolean',
  Null: 'null',
};

/** A parse error as a Problem: the position of the offending character, and a message that says what is wrong. */
function syntaxProblem(
  file: string,
  text: string,
  error: Error & { line?: number; column?: number; offset?: number },
): Problem {
  const at = { line: error.line ?? 1, column: error.column ?? 1 };
  const base = { file, pointer: '', rule: 'json-syntax' };
  const token = /^Unexpected token (\w+) found/.exec(error.message)?.[1];
  if ((token === 'RBrace' || token === 'RBracket') && error.offset !== undefined) {
    const comma = previousNonSpace(text, error.offset);
    if (comma !== undefined && text[comma] === ',') {
      return {
        ...base,
        ...positionOf(text, comma),
        message: `trailing comma before ${TOKEN_WORDS[token]}`,
        expected: `another ${token === 'RBrace' ? 'property' : 'item'} after the comma, or no comma (JSON has no trailing commas)`,
        found: `"," followed by ${TOKEN_WORDS[token]}`,
      };
    }
  }
  if (/^Unexpected end of input/.test(error.message)) {
    return {
      ...base,
      ...at,
      message: 'the file ends in the middle of a JSON value',
      expected: 'the rest of the document (an unclosed "{", "[" or string?)',
      found: 'end of file',
    };
  }
  const character = /^Unexpected character '(.+)' found/.exec(error.message)?.[1];
  const found = token !== undefined ? (TOKEN_WORDS[token] ?? token) : character !== undefined ? JSON.stringify(character) : error.message.replace(/\s*\(\d+:\d+\)$/, '');
  return {
    ...base,
    ...at,
    message: `unexpected ${found}`,
    expected:
      token === 'String' || token === 'Number' || token === 'LBrace' || token === 'LBracket'
        ? 'a "," between the previous value and this one, or a closing bracket'
        : 'valid JSON: double-quoted strings and names, no comments, no trailing commas',
    found,
  };
}

function previousNonSpace(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i] as string)) return i;
  return undefined;
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function findControlCharacter(text: string): Omit<Problem, 'file'> | undefined {
  for (const token of tokenize(text, { mode: 'json' })) {
    if (token.type !== 'String') continue;
    const raw = text.slice(token.loc.start.offset, token.loc.end.offset);
    const index = raw.search(/[\u0000-\u001f]/);
    if (index === -1) continue;
    const ch = raw.charCodeAt(index);
    const name = ch === 9 ? 'tab' : ch === 10 ? 'line feed' : ch === 13 ? 'carriage return' : 'control character';
    return {
      ...positionOf(text, token.loc.start.offset + index),
      pointer: '',
      rule: 'json-syntax',
      message: `raw ${name} inside a string`,
      expected: ch === 9 ? 'the escape \\t' : ch === 10 ? 'the escape \\n' : ch === 13 ? 'the escape \\r' : `the escape \\u${ch.toString(16).padStart(4, '0')}`,
      found: `U+${ch.toString(16).toUpperCase().padStart(4, '0')} (${name})`,
    };
  }
  return undefined;
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
