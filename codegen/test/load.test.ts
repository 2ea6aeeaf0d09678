/**
 * load.ts parses a sound catalog with JSON.parse and builds momoa's tree only when a position is
 * asked for. Whatever the text, the result must be what parsing with momoa at once gives: the
 * same data, the same problems (syntax errors, repeated keys), the same position for every pointer.
 */
import { fc, test } from '@fast-check/vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapePointer, firstInvalidUtf8, parseSource, parseWithPositions, readSource, type SourceFile } from '../src/load.js';
import type { Problem } from '../src/problems.js';
import { positionOf } from '../src/validate/text-position.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every JSON pointer into a value, the document's own included. */
function pointers(value: unknown, at = ''): string[] {
  const out = [at];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push(...pointers(child, `${at}/${escapePointer(key)}`));
  }
  return out;
}

/** What a parse result tells a caller: problems, data and every position. */
function observe(result: SourceFile | Problem, extra: readonly string[] = []): unknown {
  if (!('data' in result)) return { problem: result };
  const all = [...pointers(result.data), ...extra];
  return {
    data: result.data,
    problems: result.problems,
    at: all.map((p) => [p, result.locate(p), result.locateKey(p)]),
  };
}

function same(text: string, extra: readonly string[] = []): void {
  expect(observe(parseSource('f.json', text), extra)).toEqual(observe(parseWithPositions('f.json', text.replace(/^\uFEFF/, '')), extra));
}

describe('the JSON.parse fast path', () => {
  it('agrees with momoa on every catalog and fixture in the repository', () => {
    const files = [
      ...readdirSync(join(ROOT, 'catalog')).map((n) => join(ROOT, 'catalog', n)),
      ...readdirSync(join(ROOT, 'codegen/test/fixtures/broken')).map((n) => join(ROOT, 'codegen/test/fixtures/broken', n)),
      join(ROOT, 'test/fixtures/hostile/hostile.json'),
    ].filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) same(readFileSync(f, 'utf8'), ['/no/such/thing', '/codes/999/name']);
  });

  it('finds a repeated key anywhere, as momoa does', () => {
    const text = '{\n  "a": {"x": 1, "y": [ {"k": 1, "k" : 2} ]},\n  "b": "\\"k\\": not a key",\n  "a": 3\n}';
    const parsed = parseSource('f.json', text);
    expect('data' in parsed && parsed.problems.map((p) => [p.pointer, p.line, p.column])).toEqual([
      ['/a/y/0/k', 2, 33],
      ['/a', 4, 3],
    ]);
    same(text);
  });

  it('explains malformed text, a raw control character and a byte-order mark as before', () => {
    for (const text of ['{"a": 1,}', '{"a" 1}', '{"a": "x\ty"}', '\uFEFF{"a": [1, 2]}', '', '{"a": 1', '[1 2]', '{"__proto__": {"x": 1}, "b\\u0000c": 2}'])
      same(text);
  });

  it.each([
    ['a number with a leading zero', '{"a": 1,\n "b": 07}', '2:7 the number 07 has a leading zero | expected 7, or the string "07" if the zeros matter (JSON numbers have no leading zeros) | found 07'],
    ['text after the catalog', '{"a": 1}\n{}', '2:1 a "{" after the end of the catalog | expected nothing after the catalog\'s closing "}" | found a "{"'],
    // Under four characters, a text once counted as UTF-16 (NUL-split pieces > length / 4).
    ['an empty file', '', '1:1 the file is empty | expected a catalog: one JSON object | found nothing'],
    ['a file of blanks', ' \n', '1:1 the file is empty | expected a catalog: one JSON object | found nothing'],
    ['a lone "{"', '{', '1:2 the file ends before the "{" opened at 1:1 is closed | expected the rest of the document, down to its closing "}" | found end of file'],
    ['a bare letter', 'x', '1:1 unexpected character "x" | expected a value, "," or a bracket | found "x"'],
    ['"{,}"', '{,}', '1:2 unexpected "," | expected a value, "," or a closing bracket | found ","'],
    ['UTF-16 without a byte-order mark', Buffer.from('{}', 'utf16le').toString('utf8'), '1:1 the file is not UTF-8 text (UTF-16, by the look of it) | expected a catalog saved as UTF-8 | found NUL bytes or a UTF-16 byte-order mark'],
    ['UTF-16 read as UTF-8', Buffer.from('{"a": 1}', 'utf16le').toString('utf8').replace(/^/, '\uFFFD\uFFFD'), '1:1 the file is not UTF-8 text (UTF-16, by the look of it) | expected a catalog saved as UTF-8 | found NUL bytes or a UTF-16 byte-order mark'],
  ])('says what is wrong with %s', (_what, text, said) => {
    const r = parseSource('x.json', text);
    if (!('rule' in r)) throw new Error('expected a problem');
    expect(`${r.line}:${r.column} ${r.message} | expected ${r.expected} | found ${r.found}`).toBe(said);
  });

  test.prop([
    fc.jsonValue({ maxDepth: 4 }),
    fc.constantFrom(0, 1, 2, '\t', ' \r\n '),
    fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { maxLength: 3 }),
  ])('any JSON text, keys repeated or not, any layout', (value, indent, repeats) => {
    let text = typeof indent === 'number' ? JSON.stringify(value, null, indent) : JSON.stringify(value, null, 1).replace(/\n/g, indent);
    // Repeat keys: insert `"key": 0,` right after some opening braces.
    for (const [at, key] of repeats) {
      const braces = [...text.matchAll(/\{(?=\s*")/g)];
      const brace = braces[at % Math.max(1, braces.length)];
      if (brace?.index === undefined) continue;
      const name = JSON.stringify(key);
      text = `${text.slice(0, brace.index + 1)}${name}: 0, ${name}:1,${text.slice(brace.index + 1)}`;
    }
    same(text);
  });
});

describe('bytes that are not UTF-8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const decodes = (bytes: Uint8Array): boolean => {
    try {
      fatal.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  test.prop([fc.uint8Array({ maxLength: 40 })], { numRuns: 20_000 })('firstInvalidUtf8 agrees with the decoder, and names where the bad sequence starts', (bytes) => {
    const at = firstInvalidUtf8(bytes);
    expect(at === -1).toBe(decodes(bytes));
    if (at === -1) return;
    // All before it decodes, and no sequence starting there does.
    expect(decodes(bytes.subarray(0, at))).toBe(true);
    for (let end = at + 1; end <= Math.min(bytes.length, at + 4); end++) expect(decodes(bytes.subarray(at, end))).toBe(false);
  });

  it('a file of cp1252 text is not taken for UTF-16 (its curly quotes are two bytes that are not UTF-8); a UTF-16 file still is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcat-encoding-'));
    try {
      const cp1252 = join(dir, 'cp1252.json');
      writeFileSync(cp1252, Buffer.from([0x93, 0x94, 0x7b, 0x7d]));
      expect(readSource(cp1252, dir)).toMatchObject({ line: 1, column: 1, rule: 'json-syntax', message: 'the file is not valid UTF-8 here', found: 'the byte 0x93' });
      const utf16 = join(dir, 'utf16.json');
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"api": 1}', 'utf16le')]));
      expect(readSource(utf16, dir)).toMatchObject({ rule: 'json-syntax', message: 'the file is not UTF-8 text (UTF-16, by the look of it)' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a Latin-1 é before a space', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
    ['a three-byte sequence cut by an ASCII letter', [0x61, 0xe2, 0x82, 0x74], 1],
    ['a sequence cut by the end of the file', [0x61, 0x62, 0xe2], 2],
    ['an overlong form', [0x41, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
  ])('%s: at the lead byte', (_, bytes, at) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
  });
});

describe('positions', () => {
  it('count "\\r\\n", "\\r" and "\\n" as one line end each, as momoa does', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['{', '  "a": 1,', '  "b": ]', '}'].join(eol);
      const offset = text.indexOf(']');
      expect(positionOf(text, offset), JSON.stringify(eol)).toEqual({ line: 3, column: 8 });
      // momoa stops at the same place for the syntax error.
      expect(parseSource('x.json', text), JSON.stringify(eol)).toMatchObject({ line: 3, column: 8 });
    }
  });

  it('a byte that is not UTF-8 in a file with bare "\\r" line ends is on its line, not line 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcat-cr-'));
    try {
      const file = join(dir, 'cr.json');
      writeFileSync(file, Buffer.concat([Buffer.from('{\r  "a": "caf'), Buffer.from([0xe9]), Buffer.from('"\r}')]));
      expect(readSource(file, dir)).toMatchObject({ line: 2, column: 12, found: 'the byte 0xE9' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
