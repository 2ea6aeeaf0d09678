/** Runs the generator in memory on fixture catalogs, the way the CLI does but without writing. */
import { fileURLToPath } from 'node:url';
import { emitAll, loadAndValidate } from '../../codegen/src/pipeline.js';
import type { GeneratedFile } from '../../codegen/src/emit/files.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function generateInMemory(catalogFiles: readonly string[]): Promise<GeneratedFile[]> {
  const result = loadAndValidate({ root: ROOT, catalogFiles: catalogFiles.map((f) => `${ROOT}${f}`), outDir: `${ROOT}.errcat-none` });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`).join('\n'));
  return emitAll(result.apis, ROOT);
}

export function byPath(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.contents]));
}
