/** All emitters for one API: a pure function from the model to the package's files. */
import type { ApiModel } from '../model.js';
import { emitCodeObject, emitCodes, emitEnum } from './codes.js';
import { emitDetails, type DetailsCompiler } from './details.js';
import { emitDocs } from './docs.js';
import { emitEntries, emitRetry } from './entries.js';
import { emitErrors } from './errors.js';
import type { GeneratedFile } from './files.js';
import { emitMessages } from './messages.js';
import { emitParse } from './parse.js';
import { emitValidators } from './validators.js';
import { emitCatalogJson, emitIndex, emitLicense, emitPackageJson, emitTsconfigs } from './package-files.js';

export interface EmitOptions {
  /** Version of @errcat/runtime the package depends on. */
  readonly runtimeVersion: string;
  /** How the details types are compiled (default: in this thread). */
  readonly compileDetails?: DetailsCompiler;
}

export async function emitPackage(api: ApiModel, options: EmitOptions): Promise<GeneratedFile[]> {
  // Asked for first and awaited last: with a worker thread compiling the details types, this
  // thread emits every other file meanwhile.
  const details = emitDetails(api, options.compileDetails);
  const files = [
    emitCodes(api),
    emitCodeObject(api),
    emitEnum(api),
    emitErrors(api),
    emitMessages(api),
    emitEntries(api),
    emitRetry(api),
    emitParse(api),
    emitValidators(api),
    // Re-exported by the root only: not a subpath of its own.
    emitIndex(api, ['code-object']),
    emitPackageJson(api, options.runtimeVersion),
    ...emitTsconfigs(api),
    emitLicense(),
    emitCatalogJson(api),
    ...emitDocs(api),
    await details,
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
