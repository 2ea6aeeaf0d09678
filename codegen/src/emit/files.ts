/** What every emitter returns: whole files, as text, at paths relative to the package folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

export function file(path: string, contents: string): GeneratedFile {
  return { path, contents: contents.endsWith('\n') ? contents : `${contents}\n` };
}

/** Stable JSON: 2-space indent, LF, trailing newline. Key order is the caller's (already sorted). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
