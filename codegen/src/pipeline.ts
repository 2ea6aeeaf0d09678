/**
 * The generator, top to bottom: load → validate (ajv + semantic rules) → normalize → emit.
 * Nothing here writes to disk; the CLI hands the result to write.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrcatCatalog } from './catalog.types.js';
import type { DetailsThread } from './details-thread.js';
import { useDetailsJob } from './emit/details.js';
import { emitPackage } from './emit/package.js';
import type { GeneratedFile } from './emit/files.js';
import { listCatalogFiles, readSource, SCHEMA_FILE_NAME, type SourceFile } from './load.js';
import { detailsSourceOf, normalize, type ApiModel } from './model.js';
import { sortProblems, type Problem } from './problems.js';
import { readSiteConfig, type SiteConfigResult } from './site-config.js';
import { validateSource } from './validate/index.js';
import { catalogValidator } from './validate/schema.js';

export interface PipelineOptions {
  /** Repository root: catalog/, generated/ and packages/runtime are found from here. */
  readonly root: string;
  /** Catalog files to read (default: every catalog/*.json but the schema). */
  readonly catalogFiles?: readonly string[];
  /** Where packages are generated (default: <root>/generated). */
  readonly outDir?: string;
  /** Called with each phase's wall time (load, validate, model, emit), for `pnpm bench`. */
  readonly onPhase?: PhaseListener;
  /** Where to compile details types ahead of emit, while this thread validates (the bundled CLI's generate). */
  readonly detailsThread?: DetailsThread;
}

export type Phase = 'load' | 'validate' | 'model' | 'emit';
export type PhaseListener = (phase: Phase, ms: number) => void;

/** Runs one phase, reporting its time when someone listens; the phase's result passes through. */
function timed<T>(onPhase: PhaseListener | undefined, phase: Phase, run: () => T): T {
  if (onPhase === undefined) return run();
  const started = performance.now();
  const result = run();
  onPhase(phase, performance.now() - started);
  return result;
}

export interface LoadedApi {
  readonly source: SourceFile;
  readonly catalog: ErrcatCatalog;
  readonly model: ApiModel;
}

export type ValidationResult = { ok: true; apis: LoadedApi[] } | { ok: false; problems: Problem[] };

/** Phases 1–3: every problem of every catalog at once, or the models. */
export function loadAndValidate(options: PipelineOptions): ValidationResult {
  const { root, onPhase } = options;
  const outDir = options.outDir ?? join(root, 'generated');
  const files = options.catalogFiles ?? listCatalogFiles(join(root, 'catalog'));
  const problems: Problem[] = [];
  // Made after the first catalog's details job is on its way to the worker, which waits for it.
  let validate: ReturnType<typeof catalogValidator> | undefined;
  /**
   * The schema's validator, loaded once. A schema that does not load or compile is said once; no
   * catalog is checked against it, but each is still read, so that what is wrong with its text is
   * said in the same run.
   */
  const schemaValidator = (): ReturnType<typeof catalogValidator> => {
    if (validate === undefined) {
      validate = timed(onPhase, 'validate', () => catalogValidator(join(root, 'catalog', SCHEMA_FILE_NAME), root));
      if (typeof validate !== 'function') problems.push(validate);
    }
    return validate;
  };
  const valid: Array<{ source: SourceFile; catalog: ErrcatCatalog; model: ApiModel | undefined }> = [];
  const { detailsThread } = options;
  // The docs site's url gives the docs links of every catalog that does not set its own.
  const site = readSiteConfig(root);
  const siteUrl = site.ok ? site.config.url : undefined;

  for (const path of files) {
    const source = timed(onPhase, 'load', () => readSource(path, root));
    if (!('data' in source)) {
      problems.push(source);
      continue;
    }
    const early = detailsThread && timed(onPhase, 'model', () => modelAhead(source, outDir, siteUrl, detailsThread));
    const schema = schemaValidator();
    if (typeof schema !== 'function') {
      problems.push(...source.problems); // a repeated key is the text's own problem: said all the same
      continue;
    }
    timed(onPhase, 'validate', () => {
      const result = validateSource(source, { validate: schema });
      problems.push(...result.problems);
      if (result.catalog !== undefined) valid.push({ source, catalog: result.catalog, model: early });
    });
  }
  // No catalog read far enough to need the schema: its own problems are still said in this run.
  if (files.length > 0) schemaValidator();
  problems.push(...crossCatalogProblems(valid), ...siteProblems(valid, site));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

  return {
    ok: true,
    apis: timed(onPhase, 'model', () =>
      valid.map(({ source, catalog, model }) => ({
        source,
        catalog,
        model: model ?? modelOf(catalog, source.file, outDir, siteUrl),
      })),
    ),
  };
}

/** Phase 3 for one catalog; the package version is the one already on disk (changesets owns it). */
function modelOf(catalog: ErrcatCatalog, catalogFile: string, outDir: string, siteUrl: string | undefined): ApiModel {
  return normalize({ catalog, catalogFile, version: currentVersion(join(outDir, catalog.api.id)), ...(siteUrl !== undefined && { siteUrl }) });
}

/** A catalog without its own api.docsBaseUrl needs the site's url: a broken site/site.json is then a problem. */
function siteProblems(catalogs: ReadonlyArray<{ catalog: ErrcatCatalog }>, site: SiteConfigResult): Problem[] {
  return !site.ok && catalogs.some(({ catalog }) => catalog.api.docsBaseUrl === undefined) ? [site.problem] : [];
}

/**
 * The model of a catalog not validated yet, its details types sent to the worker first (they need
 * only codes, schemas and type names: detailsSourceOf), so that json-schema-to-typescript runs
 * while this thread normalizes, validates and emits. normalize is pure and validation changes
 * nothing, so for a catalog that passes this is the model built after validation (and is used as
 * such, with the job sent); for one that fails, either may throw or the model is dropped with its job.
 */
function modelAhead(source: SourceFile, outDir: string, siteUrl: string | undefined, thread: DetailsThread): ApiModel | undefined {
  try {
    const catalog = source.data as ErrcatCatalog;
    const job = thread.submit(detailsSourceOf(catalog, source.file));
    const model = modelOf(catalog, source.file, outDir, siteUrl);
    useDetailsJob(model, job);
    return model;
  } catch {
    return undefined;
  }
}

/** Two catalogs may not claim the same API id or package name: their output would collide. */
function crossCatalogProblems(catalogs: ReadonlyArray<{ source: SourceFile; catalog: ErrcatCatalog }>): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['id', 'packageName'] as const) {
    const seen = new Map<string, string>();
    for (const { source, catalog } of catalogs) {
      const value = catalog.api[field];
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, source.file);
        continue;
      }
      const { line, column } = source.locate(`/api/${field}`);
      problems.push({
        file: source.file,
        line,
        column,
        pointer: `/api/${field}`,
        rule: 'duplicate-api',
        message: `api.${field} "${value}" is already used by ${first}`,
        expected: `an api.${field} no other catalog uses`,
        found: JSON.stringify(value),
      });
    }
  }
  return problems;
}

/** The package version is owned by changesets: keep whatever the generated package.json says. */
function currentVersion(packageDir: string): string {
  const path = join(packageDir, 'package.json');
  if (!existsSync(path)) return '0.1.0';
  try {
    const version = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.1.0';
  } catch {
    return '0.1.0';
  }
}

export function runtimeVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', 'runtime', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Phase 4: the files of every package, keyed by path relative to the output folder. */
export async function emitAll(
  apis: readonly LoadedApi[],
  root: string,
  { onPhase, detailsThread }: Pick<PipelineOptions, 'onPhase' | 'detailsThread'> = {},
): Promise<GeneratedFile[]> {
  const started = performance.now();
  const runtime = runtimeVersion(root);
  const out: GeneratedFile[] = [];
  const options = { runtimeVersion: runtime, ...(detailsThread !== undefined && { compileDetails: detailsThread.compile.bind(detailsThread) }) };
  for (const { model } of apis) {
    for (const f of await emitPackage(model, options)) {
      out.push({ path: `${model.id}/${f.path}`, contents: f.contents });
    }
  }
  onPhase?.('emit', performance.now() - started);
  return out;
}
