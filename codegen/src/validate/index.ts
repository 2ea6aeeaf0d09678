/**
 * Phase 2, validate one parsed catalog: the schema (every `details` schema included), then the lint rules
 * on whatever parts passed the schema. All problems come back at once.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { ApiInfo, CodeEntry, ErrcatCatalog } from '../catalog.types.js';
import type { SourceFile } from '../load.js';
import type { Problem } from '../problems.js';
import { validateAgainstSchema } from './schema.js';
import { checkRules, type CodeAt } from './semantic.js';

export interface Validators {
  /** catalog.schema.json compiled (see catalogValidator). */
  readonly validate: ValidateFunction;
}

export interface SourceValidation {
  readonly problems: Problem[];
  /** The catalog, when it has no problems at all. */
  readonly catalog?: ErrcatCatalog;
}

export function validateSource(source: SourceFile, { validate }: Validators): SourceValidation {
  // `details` schemas are checked by the catalog schema itself (its DetailsSchema subset) and by
  // the details-runnable rule: no per-schema compile, the largest cost of validating before.
  const schemaProblems = validateAgainstSchema(source, validate);
  const problems = [...source.problems, ...schemaProblems];
  const data = source.data as { api?: unknown; codes?: unknown } | null;
  const broken = (pointer: string): boolean =>
    schemaProblems.some((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
  // The rules need a sound api block (envelope, groups, sources); each entry is checked on its own merits.
  if (data !== null && typeof data === 'object' && Array.isArray(data.codes) && !broken('/api') && data.api !== undefined) {
    const codes: CodeAt[] = [];
    data.codes.forEach((entry: unknown, index) => {
      if (!broken(`/codes/${index}`)) codes.push({ entry: entry as CodeEntry, index });
    });
    problems.push(...checkRules(source, { api: data.api as ApiInfo, codes }));
  }
  return problems.length === 0 ? { problems, catalog: source.data as ErrcatCatalog } : { problems };
}

