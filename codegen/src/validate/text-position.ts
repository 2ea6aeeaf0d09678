/**
 * Line and column (1-based, in UTF-16 units) of an offset in a catalog's text, counted as momoa
 * counts them, so a problem errcat places itself lands where momoa places its own: "\r\n", "\r"
 * and "\n" each end a line. Counting "\n" alone put everything in a file saved with bare "\r"
 * (classic Mac line ends) on line 1.
 */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
