/**
 * A catalog generated and built outside the workspace, as a maintainer's repository would have it:
 * a repository-shaped temp folder with the catalog as its only one, the unchanged generator's
 * output written by its own writer, the runtime and the package built with the dual tsc build, and
 * tsc available for consumer checks.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitAll, loadAndValidate } from '../../codegen/src/pipeline.js';
import { applyPlan, planWrite } from '../../codegen/src/write.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

export function tsc(cwd: string, ...args: string[]): void {
  try {
    execFileSync(process.execPath, [TSC, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

export interface TempPackage {
  /** The temp repository. */
  readonly repo: string;
  /** generated/<id> inside it, built. */
  readonly pkg: string;
  /** A consumer folder with the package linked under node_modules, type-checked by `check`. */
  check(files: Record<string, string>): void;
  remove(): void;
}

/** Generates and builds the package of one catalog file (its id is the file's stem). */
export async function buildTempPackage(catalog: string, prefix: string): Promise<TempPackage> {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  const id = basename(catalog, '.json');
  mkdirSync(join(repo, 'catalog'));
  cpSync(join(ROOT, 'catalog/catalog.schema.json'), join(repo, 'catalog/catalog.schema.json'));
  cpSync(catalog, join(repo, `catalog/${id}.json`));
  for (const f of ['tsconfig.base.json', 'tsconfig.build.json', 'scripts/mark-cjs.mjs']) cpSync(join(ROOT, f), join(repo, f));
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.cjs.json', 'src'])
    cpSync(join(ROOT, 'packages/runtime', f), join(repo, 'packages/runtime', f), { recursive: true });

  const result = loadAndValidate({ root: repo });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
  const files = await emitAll(result.apis, repo);
  applyPlan(planWrite(join(repo, 'generated'), files));
  const pkg = join(repo, 'generated', id);

  const build = (dir: string): void => {
    tsc(dir, '-p', 'tsconfig.json');
    tsc(dir, '-p', 'tsconfig.cjs.json');
    execFileSync(process.execPath, [join(repo, 'scripts/mark-cjs.mjs'), 'dist/cjs'], { cwd: dir });
  };
  build(join(repo, 'packages/runtime'));
  mkdirSync(join(pkg, 'node_modules/@errcat'), { recursive: true });
  symlinkSync(join(repo, 'packages/runtime'), join(pkg, 'node_modules/@errcat/runtime'), 'dir');
  build(pkg);

  const consumer = join(repo, 'consumer');
  return {
    repo,
    pkg,
    check(sources) {
      mkdirSync(join(consumer, 'node_modules/@errcat'), { recursive: true });
      try {
        symlinkSync(pkg, join(consumer, 'node_modules/@errcat', id), 'dir');
      } catch {
        // Linked by an earlier check.
      }
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({ extends: '../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['*.ts'] }),
      );
      writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }\n');
      for (const [name, text] of Object.entries(sources)) writeFileSync(join(consumer, name), text);
      tsc(consumer, '-p', 'tsconfig.json');
    },
    remove() {
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
