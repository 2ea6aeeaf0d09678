/**
 * Phase 1, load: read catalog files and parse them with momoa, which keeps source
 * locations so every later problem can be reported as file:line:column.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import type { Problem } from './problems.js';

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** Line and column of the value at a JSON pointer (or of its nearest existing ancestor). */
  locate(pointer: string): { line: number; column: number };
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

export function parseSource(file: string, text: string): SourceFile | Problem {
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const e = error as Error & { line?: number; column?: number };
    return {
      file,
      line: e.line ?? 1,
      column: e.column ?? 1,
      pointer: '',
      rule: 'json-syntax',
      message: 'the file is not valid JSON',
      expected: 'a JSON document',
      found: e.message.replace(/\s*\(\d+:\d+\)$/, ''),
    };
  }
  return {
    file,
    text,
    data: JSON.parse(text) as unknown,
    locate: (pointer) => locateNode(ast.body, pointer),
  };
}

function locateNode(root: AnyNode, pointer: string): { line: number; column: number } {
  let node: AnyNode = root;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
  for (const segment of segments) {
    let next: AnyNode | undefined;
    if (node.type === 'Object') next = node.members.find((m) => m.name.value === segment)?.value;
    else if (node.type === 'Array') next = node.elements[Number(segment)]?.value;
    if (next === undefined) break;
    node = next;
  }
  const start = node.loc?.start ?? { line: 1, column: 1 };
  return { line: start.line, column: start.column };
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
