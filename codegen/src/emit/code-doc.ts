/**
 * The TSDoc every per-code declaration carries: message, status, fix and the docs link.
 * The link is a Markdown link, not `@see {@link …}`: tsc parses a doc comment only when it
 * contains `@see` or `@link` (JSDocParsingMode.ParseForTypeErrors, so that links count as uses of
 * names), so the tag made every consumer parse every code's comment: at 5,000 codes ~1 s of
 * tsc's CPU (a quarter of the consumer's overhead) and ~0.15 s of tsgo's, measured on paired runs
 * (bench/type-shapes.ts "see-tags"). Editors render the Markdown link in hovers alike.
 */
import type { CodeModel } from '../model.js';
import { jsdocText, jsdocUrl } from './quote.js';
import { writeDoc, type Writer } from './ts-writer.js';

/** A URL safe as a Markdown link target inside JSDoc: jsdocUrl, and no parentheses to end the link early. */
export function markdownUrl(url: string): string {
  return jsdocUrl(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function writeCodeDoc(w: Writer, code: CodeModel): void {
  const statuses = code.httpStatuses.join(', ');
  const summary = `HTTP ${statuses} · ${code.kind} · retry: ${code.retry.strategy}`;
  const tags: string[] = [];
  if (code.deprecated) {
    const instead = code.deprecated.replacedBy === undefined ? '' : ` Use ${JSON.stringify(code.deprecated.replacedBy)} instead.`;
    tags.push(...jsdocText(`@deprecated ${code.deprecated.reason}${instead}`).map((l, i) => (i === 0 ? l.replace(/^\\@/, '@') : l)));
  }
  writeDoc(
    w,
    [
      `${JSON.stringify(code.code)}: ${code.message}`,
      summary,
      code.fix === undefined ? undefined : `Fix: ${code.fix}`,
    ],
    [`[Reference](${markdownUrl(code.docsUrl)})`, ...tags],
  );
}
