/**
 * The line writer lays out text exactly as code-block-writer (ts-morph's writer, which emitters
 * used before) does, for every kind of call the emitters make: banners, JSDoc from arbitrary
 * catalog text, quoted strings and keys, blank and empty lines, nested indented blocks. Outside
 * text reaches the writer only through quote.ts, so code-block-writer's tracking of strings and
 * comments only changes the layout where that tracking goes wrong: it takes an escaped backslash
 * right before a closing quote (`"a\\"`) as escaping the quote, thinks the string goes on, and
 * leaves the following lines unindented. Text with backslashes is therefore compared against a
 * hand-written layout instead.
 */
import { fc, test } from '@fast-check/vitest';
import CodeBlockWriter from 'code-block-writer';
import { describe, expect, it } from 'vitest';
import { tsBanner } from '../src/emit/banner.js';
import { tsKey, tsString } from '../src/emit/quote.js';
import { Writer, writeDoc } from '../src/emit/ts-writer.js';

/** The calls both writers share. */
interface Sink {
  write(text: string): unknown;
  writeLine(text: string): unknown;
  blankLine(): unknown;
  indent(block: () => void): unknown;
  toString(): string;
}

type Op =
  | { kind: 'banner'; file: string }
  | { kind: 'doc'; paragraphs: string[]; tags: string[] }
  | { kind: 'const'; value: string }
  | { kind: 'entry'; key: string; value: string }
  | { kind: 'blank' }
  | { kind: 'empty' }
  | { kind: 'raw'; text: string }
  | { kind: 'block'; body: Op[]; close: 'line' | 'write' };

const noBackslash = (s: string): string => s.replace(/\\/g, '/');
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map(noBackslash);
// Catalog-like text: quotes, backticks, slashes, comment markers and line breaks are the characters a tracking writer reacts to.
const tricky = fc.oneof(text, fc.stringMatching(/^[a-z '"`/*\r\n\u2028{}$]{0,30}$/));

const { op } = fc.letrec<{ op: Op; ops: Op[] }>((tie) => ({
  op: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('banner' as const), file: tricky }),
    fc.record({ kind: fc.constant('doc' as const), paragraphs: fc.array(tricky, { maxLength: 3 }), tags: fc.array(fc.constantFrom('@deprecated', '[Reference](x.md#a)'), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('const' as const), value: tricky }),
    fc.record({ kind: fc.constant('entry' as const), key: tricky, value: tricky }),
    fc.record({ kind: fc.constant('blank' as const) }),
    fc.record({ kind: fc.constant('empty' as const) }),
    fc.record({ kind: fc.constant('raw' as const), text: fc.constantFrom('', 'a', 'a\n', '\nb', 'a\n\nb', '// c\n', 'x\r\ny') }),
    fc.record({ kind: fc.constant('block' as const), body: tie('ops') as fc.Arbitrary<Op[]>, close: fc.constantFrom('line' as const, 'write' as const) }),
  ),
  ops: fc.array(tie('op') as fc.Arbitrary<Op>, { maxLength: 6 }),
}));

function run(w: Sink, ops: readonly Op[]): void {
  for (const o of ops) {
    switch (o.kind) {
      case 'banner':
        w.write(tsBanner(o.file));
        break;
      case 'doc':
        writeDoc(w, o.paragraphs, o.tags);
        break;
      case 'const':
        w.writeLine(`export const A = ${tsString(o.value)} as const;`);
        break;
      case 'entry':
        w.writeLine(`${tsKey(o.key)}: ${tsString(o.value)},`);
        break;
      case 'blank':
        w.blankLine();
        break;
      case 'empty':
        w.writeLine('');
        break;
      case 'raw':
        w.write(o.text);
        break;
      case 'block':
        w.writeLine('export interface I {');
        w.indent(() => run(w, o.body));
        // write: a block that ended mid-line makes the next write start a new line.
        if (o.close === 'line') w.writeLine('}');
        else w.write('}');
        break;
    }
  }
}

const layouts = (ops: readonly Op[]): [string, string] => {
  const ours = new Writer();
  const theirs = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: true });
  run(ours, ops);
  run(theirs, ops);
  return [ours.toString(), theirs.toString()];
};

describe('Writer', () => {
  it('indents nested blocks, keeps blank lines unindented and empty lines indented like code-block-writer', () => {
    const ops: Op[] = [{ kind: 'banner', file: 'c.json' }, { kind: 'blank' }, { kind: 'block', body: [{ kind: 'const', value: 'v' }, { kind: 'empty' }, { kind: 'raw', text: 'a\n\nb' }, { kind: 'block', body: [{ kind: 'doc', paragraphs: ['x */ y\nz'], tags: [] }], close: 'line' }], close: 'line' }];
    const [ours, theirs] = layouts(ops);
    expect(ours).toBe(theirs);
    expect(ours).toContain('\n  export const A = "v" as const;\n  \n  a\n\n  b\n  export interface I {\n    /**\n');
  });

  it('indents after a string that ends in a backslash, where code-block-writer lost track', () => {
    const ops: Op[] = [{ kind: 'block', body: [{ kind: 'entry', key: '\\', value: '`' }, { kind: 'const', value: 'x' }], close: 'line' }];
    const [ours, theirs] = layouts(ops);
    expect(ours).toBe('export interface I {\n  "\\\\": "`",\n  export const A = "x" as const;\n}\n');
    expect(theirs).not.toBe(ours);
  });

  test.prop([fc.array(op, { maxLength: 8 })], { numRuns: 2000 })('lays out any sequence of emitter calls as code-block-writer does', (ops) => {
    const [ours, theirs] = layouts(ops);
    expect(ours).toBe(theirs);
  });
});
