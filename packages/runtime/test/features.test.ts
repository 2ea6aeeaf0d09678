/**
 * The parser's optional features (src/parse/features.ts): a parser composed with only the
 * features its spec needs answers exactly as the full `createParser` does, and a spec that uses a
 * part whose feature is missing is refused when the parser is made, not ignored at parse time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeParser,
  createParser,
  entryPathReader,
  headerReader,
  normalizeCode,
  pickVariant,
  readCauses,
  type ErrcatParseInit,
  type ParseSpec,
  type ParserFeatures,
} from '../src/index.js';
import { crmLikeSpec, crmLikeTables, hyperLikeSpec, hyperLikeTables } from './fixture.js';

const ALL: ParserFeatures = { headers: headerReader, entryPaths: entryPathReader, causes: readCauses, variants: pickVariant, integerCodes: normalizeCode };

describe('composeParser refuses a spec that needs a feature it was not given', () => {
  it.each<[string, ParseSpec, ParserFeatures]>([
    ['headers', crmLikeSpec, { ...ALL, headers: undefined }],
    ['causes', crmLikeSpec, { ...ALL, causes: undefined }],
    ['entryPaths', { ...crmLikeSpec, entryPaths: ['portal_invite[].data[]'] }, { ...ALL, entryPaths: undefined }],
    ['integerCodes', hyperLikeSpec, {}],
  ])('%s', (feature, spec, features) => {
    expect(() => composeParser(spec, crmLikeTables, features)).toThrow(new TypeError(`errcat: the spec for ${spec.api} uses ${feature}; pass the ${feature} feature`));
  });

  it('an empty header map or entry-path list needs no feature', () => {
    expect(() => composeParser({ ...crmLikeSpec, headers: {}, nestedErrorsPath: undefined, entryPaths: [] }, crmLikeTables, {})).not.toThrow();
  });
});

/** JSON-ish bodies for either spec: codes known and unknown, records, nested causes, junk. */
const bodies = (codeField: string, codes: readonly (string | number)[]) => {
  const code = fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 60 }), fc.constantFrom(' 007', '+25', null));
  const entry = fc.record(
    { [codeField]: code, message: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), details: fc.option(fc.oneof(fc.object({ maxDepth: 1 }), fc.record({ errors: fc.array(fc.record({ [codeField]: code }), { maxLength: 2 }) })), { nil: undefined }) },
    { requiredKeys: [codeField] },
  );
  return fc.oneof(
    entry,
    fc.record({ data: fc.array(fc.oneof(entry, fc.anything({ maxDepth: 1 })), { maxLength: 4 }) }),
    fc.array(entry, { maxLength: 3 }),
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 30 }),
    entry.map((e) => JSON.stringify(e)),
  );
};

const inits = fc.option(
  fc.record({
    status: fc.option(fc.constantFrom(200, 207, 204, 400, 429, 502), { nil: undefined }),
    headers: fc.option(fc.dictionary(fc.constantFrom('retry-after', 'X-API-CREDITS-REMAINING', 'x-request-id', 'other'), fc.constantFrom('120', 'Sun, 06 Nov 1994 08:49:37 GMT', '7', 'x')), { nil: undefined }),
    now: fc.constant(0),
  }),
  { nil: undefined },
);

describe('a parser composed with the features its spec needs answers as createParser does', () => {
  it.each<[string, ParseSpec, typeof crmLikeTables | typeof hyperLikeTables, ParserFeatures, readonly (string | number)[], string]>([
    ['crm-like: headers and causes, no variants', crmLikeSpec, crmLikeTables, { headers: headerReader, causes: readCauses }, ['DUPLICATE_DATA', 'INVALID_TOKEN', 'SUCCESS'], 'code'],
    ['hyper-like: integer codes only', hyperLikeSpec, hyperLikeTables, { integerCodes: normalizeCode }, [0, 1, 7, 25], 'ResponseCode'],
  ])('%s', (_name, spec, tables, features, codes, codeField) => {
    const full = createParser(spec, tables);
    const lean = composeParser(spec, tables, features);
    fc.assert(
      fc.property(bodies(codeField, codes), inits, (body, init) => {
        expect(lean(body, init as ErrcatParseInit | undefined)).toEqual(full(body, init as ErrcatParseInit | undefined));
      }),
      { numRuns: 1000 },
    );
  });
});
