/**
 * Each TypeScript file is built in one writer pass: adding declarations one by one through
 * ts-morph is quadratic (PERFORMANCE-NOTES.md: 47 s at 1,000 codes), and going through a ts-morph
 * Project loads the TypeScript compiler (~0.5 s) and re-parses every file it creates (~1.5 s at
 * 1,000 codes) for text that comes out byte-identical.
 *
 * The writer is a line writer with the layout rules of code-block-writer (the writer ts-morph
 * hands out, used here before): emitters only ever write whole lines whose strings went through
 * quote.ts and whose comments are escaped, so tracking strings, comments and regular expressions
 * character by character, as code-block-writer does, bought nothing, and it was the largest part
 * of emitting at every catalog size (~0.2 s of a cold 1,000-code run; docs/benchmarks.md). Where
 * that tracking went wrong (a string ending in an escaped backslash looked unterminated, and the
 * lines after it lost their indentation) this writer keeps indenting. codegen/test/ts-writer.test.ts
 * holds the layout to code-block-writer's for every kind of call the emitters make.
 */
import { jsdocText } from './quote.js';
import { tsBanner } from './banner.js';

const INDENT = '  ';
const NEWLINE = /\r?\n/;

export class Writer {
  private readonly parts: string[] = [];
  /** What starts each line at the current depth. */
  private indentation = '';
  /** The last character written is a newline. */
  private lastNewLine = false;
  /** An indented block ended mid-line: the next write starts a new line first. */
  private newLineOnNextWrite = false;

  /** Text as it comes; a line break inside it starts a new (indented) line. */
  write(text: string): this {
    this.flushPendingNewLine();
    this.writeIndenting(text);
    return this;
  }

  /** One line: begun on a new line if the current one has text, ended with a newline. */
  writeLine(text: string): this {
    this.flushPendingNewLine();
    if (!this.empty()) this.newLineIfLastNot();
    this.writeIndenting(text);
    this.newLine();
    return this;
  }

  /** An empty line, after ending the current one if it has text. */
  blankLine(): this {
    this.newLineIfLastNot();
    this.newLine();
    return this;
  }

  /** Lines written by `block` are indented one level deeper. */
  indent(block: () => void): this {
    if (!this.empty()) this.newLineIfLastNot();
    const outer = this.indentation;
    this.indentation += INDENT;
    block();
    this.indentation = outer;
    if (!this.lastNewLine) this.newLineOnNextWrite = true;
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }

  private newLineIfLastNot(): void {
    this.flushPendingNewLine();
    if (!this.lastNewLine) this.newLine();
  }

  private newLine(): void {
    this.newLineOnNextWrite = false;
    this.push('\n');
    this.lastNewLine = true;
  }

  private flushPendingNewLine(): void {
    if (this.newLineOnNextWrite) this.newLine();
  }

  private writeIndenting(text: string): void {
    if (!text.includes('\n')) {
      this.writePiece(text);
      return;
    }
    text.split(NEWLINE).forEach((piece, i) => {
      if (i > 0) {
        this.push('\n');
        this.lastNewLine = true;
      }
      // Only a blank piece of a multi-line text is left unindented: no trailing spaces.
      if (piece !== '') this.writePiece(piece);
    });
  }

  /** Text without line breaks, indented when it starts a line (even when empty, as code-block-writer does). */
  private writePiece(piece: string): void {
    if ((this.lastNewLine || this.empty()) && this.indentation !== '') {
      this.push(this.indentation);
      this.lastNewLine = false;
    }
    if (piece !== '') {
      this.push(piece);
      this.lastNewLine = false;
    }
  }

  /** Nothing written yet (code-block-writer's `getLastChar() == null`). */
  private empty(): boolean {
    return this.parts.length === 0;
  }

  private push(text: string): void {
    this.parts.push(text);
  }
}

/** The text of one generated TS file: banner, blank line, body. `_path` is the file's path, for readers of call sites. */
export function renderTs(catalogFile: string, _path: string, body: (w: Writer) => void): string {
  const w = new Writer();
  w.write(tsBanner(catalogFile));
  w.blankLine();
  body(w);
  const text = w.toString();
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** A JSDoc block from paragraphs of catalog text (each escaped) and ready-made tag lines. */
export function writeDoc(w: { writeLine(text: string): unknown }, paragraphs: ReadonlyArray<string | undefined>, tags: readonly string[] = []): void {
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
