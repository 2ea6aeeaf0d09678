/**
 * Entry paths when a spec names many (zoho-crm names 13): the parser first looks for a body key
 * some path starts with, in one pass over the body's own enumerable keys, instead of probing the
 * body once per path. An entry under any path is found, in the paths' order; a key the body
 * inherits or does not enumerate starts no path (as Object.keys finds the record arrays).
 */
import { describe, expect, it } from 'vitest';
import { composeParser, createParser, entryPathReader, headerReader, pickVariant, readCauses, type ParserFeatures } from '../src/index.js';
import { crmLikeSpec, crmLikeTables } from './fixture.js';

const PATHS = ['portal_invite[].data[]', 'tags', 'base_currency', 'run_rules', 'webhooks', 'groups[][]'];
const parse = createParser({ ...crmLikeSpec, entryPaths: PATHS }, crmLikeTables);
const entry = (code: string) => ({ code, details: {}, message: `m ${code}`, status: 'error' });
const codes = (r: ReturnType<typeof parse>) => r.entries.map((e) => e.code ?? e.rawCode);
const FEATURES: ParserFeatures = { headers: headerReader, entryPaths: entryPathReader, causes: readCauses, variants: pickVariant };

describe('many entry paths', () => {
  it.each(['tags', 'base_currency', 'run_rules', 'webhooks'])('finds an entry object under %s, also in a body with other keys', (key) => {
    expect(codes(parse({ info: { count: 1 }, [key]: entry('INVALID_DATA') }, { status: 400 }))).toEqual(['INVALID_DATA']);
    expect(codes(parse(JSON.stringify({ [key]: entry('INVALID_DATA') }), { status: 400 }))).toEqual(['INVALID_DATA']);
  });

  it('finds an entry through a path that crosses arrays', () => {
    const body = { portal_invite: [{ data: [entry('INVALID_DATA'), entry('DUPLICATE_DATA')] }] };
    expect(codes(parse(JSON.stringify(body), { status: 400 }))).toEqual(['INVALID_DATA', 'DUPLICATE_DATA']);
  });

  it('reads an array of arrays (`groups[][]`), each entry with its position in the inner array, and nothing else under that key', () => {
    const body = { groups: [[entry('INVALID_DATA'), entry('DUPLICATE_DATA')], [entry('NOT_SUPPORTED')]] };
    const r = parse(JSON.stringify(body), { status: 400 });
    expect(codes(r)).toEqual(['INVALID_DATA', 'DUPLICATE_DATA', 'NOT_SUPPORTED']);
    expect(r.entries.map((e) => e.index)).toEqual([0, 1, 0]);
    // Objects directly in groups (what a record array would hold) and scalars are not at the end of groups[][].
    expect(parse({ groups: [entry('INVALID_DATA'), [1, 'x', null]] }, { status: 200 }).entries).toEqual([]);
  });

  it('reads the paths in the order the spec names them, whatever the body order', () => {
    const body = { webhooks: entry('DUPLICATE_DATA'), base_currency: entry('INVALID_DATA') };
    expect(codes(parse(body, { status: 400 }))).toEqual(['INVALID_DATA', 'DUPLICATE_DATA']);
  });

  it('a top-level entry comes first, then what the paths hold', () => {
    expect(codes(parse({ ...entry('INVALID_MODULE'), run_rules: entry('INVALID_DATA') }, { status: 400 }))).toEqual(['INVALID_MODULE', 'INVALID_DATA']);
  });

  it('a key the body inherits, or holds without enumerating it (as Object.keys skips it), starts no path', () => {
    const inherited = Object.create({ base_currency: entry('INVALID_DATA') }) as Record<string, unknown>;
    inherited.info = { count: 1 };
    expect(parse(inherited, { status: 200 }).entries).toEqual([]);
    const hidden: Record<string, unknown> = { info: { count: 1 } };
    Object.defineProperty(hidden, 'base_currency', { value: entry('INVALID_DATA'), enumerable: false });
    expect(parse(hidden, { status: 200 }).entries).toEqual([]);
  });

  it('a body without any path key is read as before: a payload under 200, a failure in its own words under 400', () => {
    expect(parse({ info: { count: 1 } }, { status: 200 })).toMatchObject({ kind: 'success', entries: [] });
    expect(parse({ message: 'Internal Server Error' }, { status: 500 }).errors[0]).toMatchObject({ reason: 'no-code', message: 'Internal Server Error' });
  });
});

describe('an entry-path feature without a start test (written before it existed)', () => {
  it('walks every path, and finds what the full feature finds', () => {
    const { starts: _starts, ...withoutStarts } = entryPathReader;
    const plain = composeParser({ ...crmLikeSpec, entryPaths: PATHS }, crmLikeTables, { ...FEATURES, entryPaths: withoutStarts });
    for (const body of [{ info: {}, base_currency: entry('INVALID_DATA') }, { portal_invite: [{ data: [entry('DUPLICATE_DATA')] }] }, { info: {} }]) {
      expect(codes(plain(JSON.stringify(body), { status: 400 }))).toEqual(codes(parse(JSON.stringify(body), { status: 400 })));
    }
  });
});
