/** The TSDoc every per-code declaration carries: message, status, fix and the docs link. */
import type { CodeModel } from '../model.js';
import { jsdocText, jsdocUrl } from './quote.js';
import { writeDoc, type Writer } from './ts-writer.js';

export function writeCodeDoc(w: Writer, code: CodeModel): void {
  const statuses = code.httpStatuses.join(', ');
  const summary = `HTTP ${statuses} · ${code.kind} · retry: ${code.retry.strategy}`;
  const tags = [`@see {@link ${jsdocUrl(code.docsUrl)} | Reference}`];
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
    tags,
  );
}
