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

/** What the docs and TSDoc say for a code whose message the vendor does not document. */
export const UNDOCUMENTED_MESSAGE = '(the vendor documents no message for this code)';

/** The paragraphs and tags of a code's TSDoc (writeDoc's arguments), shared with bench/plain-emitter.ts. */
export function codeDocParts(code: CodeModel): { paragraphs: Array<string | undefined>; tags: string[] } {
  const summary = `HTTP ${code.httpStatuses.join(', ')} · ${code.kind} · retry: ${code.retry.strategy}${code.retry.reauth === undefined ? '' : ` (${code.retry.reauth})`}`;
  const tags: string[] = [`[Reference](${markdownUrl(code.docsUrl)})`];
  if (code.deprecated) {
    const instead = code.deprecated.replacedBy === undefined ? '' : ` Use ${JSON.stringify(code.deprecated.replacedBy)} instead.`;
    tags.push(...jsdocText(`@deprecated ${code.deprecated.reason}${instead}`).map((l, i) => (i === 0 ? l.replace(/^\\@/, '@') : l)));
  }
  const variants = code.variants.slice(1).map((v) => `Also HTTP ${v.httpStatuses.join(', ')}: ${v.message ?? UNDOCUMENTED_MESSAGE}`);
  return {
    paragraphs: [
      `${JSON.stringify(code.code)}: ${code.message ?? UNDOCUMENTED_MESSAGE}`,
      summary,
      ...variants,
      code.fix === undefined ? undefined : `Fix: ${code.fix}`,
    ],
    tags,
  };
}

export function writeCodeDoc(w: Writer, code: CodeModel): void {
  const { paragraphs, tags } = codeDocParts(code);
  writeDoc(w, paragraphs, tags);
}
