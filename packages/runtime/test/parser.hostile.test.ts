/**
 * The parser is total: shared and cyclic pre-parsed values, hostile `init` objects (throwing
 * getters, Proxies, deeply nested header arrays), loose Retry-After values and lists of a million
 * non-entries all end in a result, never a throw, a hang or a heap blow-up. Properties run
 * ERRCAT_FUZZ_RUNS times each (default 1,000; `pnpm fuzz` runs a longer campaign); the count is in
 * each test's name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParser, normalizeCode, parseSecondsOrDate, type ErrcatParseInit, type ErrcatParseResult } from '../src/index.js';
import { MAX_NON_ENTRY_ITEMS } from '../src/parse/walk-budget.js';
import { crmLikeSpec, crmLikeTables, hyperLikeSpec, hyperLikeTables } from './fixture.js';

const RUNS = Number(process.env.ERRCAT_FUZZ_RUNS ?? 1_000);
const crm = createParser(crmLikeSpec, crmLikeTables);
const crmAny = createParser({ ...crmLikeSpec, recordArrays: ['*'] }, crmLikeTables);
const hyper = createParser(hyperLikeSpec, hyperLikeTables);
const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

const entry = (code: string) => ({ code, message: 'm', status: 'error', details: { errors: [] as unknown[] } });

describe('shared and cyclic values', () => {
  it('e.details.errors = Array(10).fill(e): one error, the cycle cut with a warning', () => {
    const e = entry('DUPLICATE_DATA');
    e.details.errors = Array(10).fill(e);
    const r = crm(e, { status: 400 });
    expect(r.kind).toBe('error');
    expect(r.errors).toHaveLength(1);
    expect(r.warnings.map((w) => w.kind)).toContain('cause-cycle');
  });

  it('a diamond of shared causes 30 levels deep is read once per object (no exponential walk)', () => {
    let level: unknown[] = [entry('INVALID_DATA')];
    for (let i = 0; i < 30; i++) {
      const e = entry('INVALID_DATA');
      e.details.errors = [...level, ...level];
      level = [e];
    }
    const r = crm({ data: level }, { status: 207 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.causes).toHaveLength(2);
    // Both causes are the same object on the input, so the same error on the output.
    expect(r.errors[0]?.causes[0]).toBe(r.errors[0]?.causes[1]);
  });

  it('n entries sharing one n-item list of causes: the list is read once and every entry shares its causes (linear, not n²)', () => {
    const n = 20_000;
    const list = Array.from({ length: n }, () => ({ code: 'INVALID_DATA' }));
    const data = Array.from({ length: n }, () => ({ code: 'INVALID_DATA', details: { errors: list } }));
    const r = crm({ data }, { status: 207 });
    expect(r.entries).toHaveLength(n);
    const first = r.entries[0]?.causes;
    expect(first).toHaveLength(n);
    // One array for all: before, each entry walked the list and held its own n references
    // (400 million here; 16,000 entries took 1.5 s and 660 MB).
    expect(r.entries.every((e) => e.causes === first)).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('a shared list cut short by a cycle for one entry is whole for another: the cycle is that entry\'s alone', () => {
    // X's causes are P = [X, Y]. Reading T1 (causes [X]) reads X, whose list P meets X again
    // while X is being read: for T1's reading X is skipped. T2 holds P directly: X is not its
    // ancestor, so T2's causes are both X and Y.
    const x = entry('INVALID_DATA');
    const y = entry('INVALID_DATA');
    const p = [x, y];
    x.details.errors = p;
    const t1 = { ...entry('DUPLICATE_DATA'), details: { errors: [x] } };
    const t2 = { ...entry('DUPLICATE_DATA'), details: { errors: p } };
    const r = crm({ data: [t1, t2] }, { status: 207 });
    const [e1, e2] = r.entries;
    expect(e1?.causes).toHaveLength(1);
    expect(e2?.causes).toHaveLength(2);
    expect(e2?.causes[0]).toBe(e1?.causes[0]);
  });

  it(`a list of causes turns at most ${MAX_NON_ENTRY_ITEMS} items without a code into errors, as a list of records does`, () => {
    const r = crm(`{"code":"INVALID_DATA","details":{"errors":[{"code":"X"}${',0'.repeat(99_999)}]}}`, { status: 400 });
    expect(r.errors[0]?.causes).toHaveLength(1 + MAX_NON_ENTRY_ITEMS);
    expect(r.warnings).toEqual([{ kind: 'items-summarized', message: expect.stringContaining(`${99_999 - MAX_NON_ENTRY_ITEMS} more items`) }]);
  });

  it(`random graphs of up to 12 entries wired to each other, self included (${RUNS} runs): a result, bounded`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.array(fc.nat(n - 1), { maxLength: 6 }), { minLength: n, maxLength: n }), fc.constantFrom('DUPLICATE_DATA', 'UNKNOWN_X', 'SUCCESS')),
        ),
        ([n, wiring, code]) => {
          const nodes = Array.from({ length: n }, () => entry(code));
          nodes.forEach((node, i) => {
            node.details.errors = (wiring[i] as number[]).map((j) => nodes[j]);
          });
          const r = crmAny({ data: nodes }, { status: 207 });
          if (r.entries.length !== n) throw new Error(`expected ${n} entries, got ${r.entries.length}`);
          return ['success', 'partial', 'error'].includes(r.kind);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** An init whose reads throw in every way a caller's object can. */
const hostileInit = fc.oneof(
  fc.constant({
    get status(): number {
      throw new Error('status getter');
    },
  }),
  fc.constant({
    status: 400,
    get headers(): never {
      throw new Error('headers getter');
    },
  }),
  fc.constant({ status: 400, headers: new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); }, get: () => { throw new Error('get'); } }) }),
  fc.constant({ status: 400, headers: { get: () => { throw new Error('Headers.get'); } } }),
  fc.constant(new Proxy({}, { get: () => { throw new Error('init proxy'); } })),
  fc.constant({ status: 400, headers: { 'Retry-After': Object.defineProperty({}, 'length', { get: () => { throw new Error('x'); } }) } }),
  fc.integer({ min: 1, max: 100_000 }).map((depth) => {
    let v: unknown = '5';
    for (let i = 0; i < depth; i++) v = [v];
    return { status: 429, headers: { 'Retry-After': v } };
  }),
  fc.record({ status: fc.anything(), headers: fc.dictionary(fc.string(), fc.anything()), now: fc.anything() }),
);

describe('hostile init', () => {
  it(`a throwing status or header, a Proxy, deeply nested header arrays (${RUNS} runs): the body is never lost`, () => {
    const body = JSON.stringify({ code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: '1' }, message: 'duplicate data', status: 'error' });
    fc.assert(
      fc.property(hostileInit, (init) => {
        const r = crm(body, init as ErrcatParseInit);
        const first = r.errors[0];
        return r.errors.length === 1 && first !== undefined && first.known && first.code === 'DUPLICATE_DATA';
      }),
      { numRuns: RUNS },
    );
  });

  it('says what it could not read, as warnings', () => {
    const body = '{"code":"INVALID_DATA","message":"invalid data"}';
    const throwingStatus = crm(body, {
      get status(): number {
        throw new Error('no');
      },
    } as ErrcatParseInit);
    expect(throwingStatus.errors[0]?.known).toBe(true);
    expect(throwingStatus.warnings.map((w) => w.kind)).toEqual(['status-unreadable']);
    const badGet = crm(body, { status: 429, headers: { get: () => { throw new Error('no'); } } });
    expect(badGet.status).toBe(429);
    expect(badGet.warnings.map((w) => w.kind)).toEqual(['headers-unreadable']);
    const throwingHeaders = crm(body, {
      status: 503,
      get headers(): Record<string, string> {
        throw new Error('no');
      },
    } as ErrcatParseInit);
    expect(throwingHeaders.status).toBe(503);
    expect(throwingHeaders.warnings.map((w) => w.kind)).toEqual(['headers-unreadable']);
    // A clock that cannot be read is no clock: the real one dates the Retry-After, with no warning.
    const throwingClock = crm(body, {
      status: 503,
      headers: { 'Retry-After': 'Sun, 06 Dec 2126 12:00:00 GMT' },
      get now(): number {
        throw new Error('no');
      },
    } as ErrcatParseInit);
    expect(throwingClock.warnings).toEqual([]);
    expect(throwingClock.retryAfterSeconds).toBeGreaterThan(3e9);
    expect(crm(body, { status: 400 }).warnings).toEqual([]);
  });
});

describe('Retry-After per RFC 9110', () => {
  it.each([
    ['120', 120],
    [' 7 ', 7],
    ['0', 0],
    ['Sun, 06 Dec 2026 12:01:00 GMT', 60],
    ['Sunday, 06-Dec-26 12:00:30 GMT', 30],
    ['Sun Dec  6 12:00:10 2026', 10],
    ['Sat, 05 Dec 2026 12:00:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['1e3', undefined],
    ['+5', undefined],
    ['0x10', undefined],
    ['', undefined],
    ['2026-12-06T12:01:00Z', undefined],
    ['Sun, 06 Dec 2026 12:01:00 UTC', undefined],
    ['Sun, 31 Feb 2026 12:01:00 GMT', undefined],
    // A leap second is allowed; it does not make a day that does not exist one that does.
    ['Sat, 31 Feb 2026 12:00:60 GMT', undefined],
    ['Saturday, 31-Feb-26 12:00:60 GMT', undefined],
    ['Sat Feb 31 12:00:60 2026', undefined],
    ['Sun, 06 Dec 2026 12:00:60 GMT', 60],
    ['tomorrow', undefined],
  ])('%j → %s', (text, seconds) => {
    expect(parseSecondsOrDate(text, NOW)).toBe(seconds);
    const r = crm('{"code":"LIMITED"}', { status: 429, headers: { 'Retry-After': text }, now: NOW });
    expect(r.retryAfterSeconds).toBe(seconds);
  });

  it(`random IMF-fixdates round-trip, delay-seconds are exact, anything else is ignored (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.string({ maxLength: 40 }),
        (date, delay, junk) => {
          const at = Math.floor(date.getTime() / 1000) * 1000;
          const expected = Math.max(0, Math.ceil((at - NOW) / 1000));
          if (parseSecondsOrDate(new Date(at).toUTCString(), NOW) !== expected) return false;
          if (parseSecondsOrDate(String(delay), NOW) !== Math.min(Number(delay), Number.MAX_SAFE_INTEGER)) return false;
          const got = parseSecondsOrDate(junk, NOW);
          // Junk is ignored unless it happens to be delay-seconds (OWS around digits).
          return got === undefined || /^[ \t]*\d+[ \t]*$/.test(junk);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('amplification', () => {
  it('{"data":[entry, 0 × 1,000,000]} builds at most 101 errors, and says how many items it summarized', () => {
    const text = `{"data":[{"code":"SUCCESS","status":"success"}${',0'.repeat(1_000_000)}]}`;
    const r = crm(text, { status: 207 });
    expect(r.entries.length).toBe(1 + MAX_NON_ENTRY_ITEMS);
    expect(r.warnings).toEqual([{ kind: 'items-summarized', message: expect.stringContaining(`${1_000_000 - MAX_NON_ENTRY_ITEMS} more items`) }]);
  });

  it(`lists of random non-entries never make more than ${MAX_NON_ENTRY_ITEMS} errors per list (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant({ code: 7 })), { maxLength: 400 }), (items) => {
        const r = hyper({ data: items, ResponseCode: undefined }, { status: 200 }) as ErrcatParseResult;
        const entries = items.filter((i) => typeof i === 'object' && i !== null).length;
        return r.entries.length <= entries + MAX_NON_ENTRY_ITEMS + 1;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('padded integer codes of any length', () => {
  it.each([
    ['007', 7],
    ['0000000000000000000000000000007', 7],
    [`${'0'.repeat(10_000)}25`, 25],
    ['  +0042 ', 42],
    ['-0003', -3],
    ['0000', 0],
    // -0 is 0: a code of -0 would otherwise stay in lookup's cache as the code of entry 0.
    ['-0', 0],
    ['-000', 0],
    ['9007199254740991', 9007199254740991],
    ['9007199254740993', undefined],
    ['12345678901234567', undefined],
    ['1.0', undefined],
    ['', undefined],
    ['+', undefined],
    ['0x1', undefined],
  ])('%j → %s', (text, code) => {
    expect(normalizeCode(text, 'integer')).toBe(code);
  });

  it('the number -0 is 0', () => {
    expect(normalizeCode(-0, 'integer')).toBe(0);
  });

  it(`any zero padding of any safe integer reads as the integer (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000 }), fc.maxSafeNat(), (zeros, n) => normalizeCode(`${'0'.repeat(zeros)}${n}`, 'integer') === n),
      { numRuns: RUNS },
    );
  });

  it('a padded code in a body is the known code', () => {
    const r = hyper(`{"ResponseCode":"${'0'.repeat(40)}25","ResponseMsgEng":"Email address is not valid: x"}`, { status: 422 });
    expect(r.errors[0]?.known).toBe(true);
    expect(r.errors[0]?.code).toBe(25);
  });
});
