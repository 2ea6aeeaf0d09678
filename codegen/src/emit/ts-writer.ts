/**
 * Each TypeScript file is built in one ts-morph writer pass on an in-memory file system:
 * adding declarations one by one is quadratic (PERFORMANCE-NOTES.md: 47 s at 1,000 codes).
 */
import { IndentationText, NewLineKind, Project, QuoteKind, type CodeBlockWriter } from 'ts-morph';
import { jsdocText } from './quote.js';
import { tsBanner } from './banner.js';

let project: Project | undefined;

function inMemoryProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project;
}

export type Writer = CodeBlockWriter;

export function renderTs(catalogFile: string, path: string, body: (w: Writer) => void): string {
  const p = inMemoryProject();
  const sourceFile = p.createSourceFile(
    `/${path}`,
    (w) => {
      w.write(tsBanner(catalogFile));
      w.blankLine();
      body(w);
    },
    { overwrite: true },
  );
  const text = sourceFile.getFullText();
  p.removeSourceFile(sourceFile);
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
