/**
 * Each TypeScript file is built in one writer pass: adding declarations one by one through
 * ts-morph is quadratic (PERFORMANCE-NOTES.md: 47 s at 1,000 codes). The writer is
 * code-block-writer, the one ts-morph hands out, used directly: going through a ts-morph
 * Project loads the TypeScript compiler (~0.5 s) and re-parses every file it creates
 * (~1.5 s at 1,000 codes; docs/benchmarks.md), for text that comes out byte-identical.
 */
import CodeBlockWriter from 'code-block-writer';
import { jsdocText } from './quote.js';
import { tsBanner } from './banner.js';

export type Writer = CodeBlockWriter;

/** The text of one generated TS file: banner, blank line, body. `_path` is the file's path, for readers of call sites. */
export function renderTs(catalogFile: string, _path: string, body: (w: Writer) => void): string {
  const w = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: true });
  w.write(tsBanner(catalogFile));
  w.blankLine();
  body(w);
  const text = w.toString();
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** A JSDoc block from paragraphs of catalog text (each escaped) and ready-made tag lines. */
export function writeDoc(w: Writer, paragraphs: ReadonlyArray<string | undefined>, tags: readonly string[] = []): void {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph === undefined || paragraph === '') continue;
    if (lines.length > 0) lines.push('');
    lines.push(...jsdocText(paragraph));
  }
  if (tags.length > 0 && lines.length > 0) lines.push('');
  lines.push(...tags);
  if (lines.length === 0) return;
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line === '' ? ' *' : ` * ${line}`);
  w.writeLine(' */');
}
