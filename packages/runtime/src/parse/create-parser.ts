/**
 * `createParser`: the parser with every optional feature (features.ts), for a spec written by hand.
 * Generated packages call `composeParser` with only the features their catalog needs instead.
 */
import { readCauses } from './causes.js';
import { headerReader } from './headers.js';
import { normalizeCode } from '../table.js';
import { composeParser } from './parser.js';
import { entryPathReader } from './paths.js';
import type { ErrcatError } from '../types.js';
import type { ErrcatBody, ErrcatHeaders, ErrcatParseInit, ErrcatParseResult, ParseSpec, ParseTables } from './types.js';
import { pickVariant } from './variant.js';

/**
 * A parse function for one API. Whatever `body` is, it returns a result and never throws; a fetch
 * Response, a Promise or a stream passed to it fails to compile (ErrcatBody), as a generated
 * package's parseResponse does.
 */
export function createParser<R extends ErrcatParseResult<string, unknown, object> = ErrcatParseResult<string, ErrcatError, ErrcatHeaders>>(
  spec: ParseSpec,
  tables: ParseTables,
): <B>(body: ErrcatBody<B>, init?: ErrcatParseInit) => R {
  return composeParser<R>(spec, tables, {
    headers: headerReader,
    entryPaths: entryPathReader,
    causes: readCauses,
    variants: pickVariant,
    integerCodes: normalizeCode,
  });
}
