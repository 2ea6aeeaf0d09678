/**
 * Whatever arrives, the parser returns one of three kinds, never throws and never touches a
 * prototype. 10,000 runs per property (seeded by fast-check per run; failures print the seed).
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createParser, isErrcatError, type ErrcatParseInit, type ErrcatParseResult } from '../src/index.js';
import { crmLikeSpec, crmLikeTables, hyperLikeSpec, hyperLikeTables } from './fixture.js';

const RUNS = 10_000;
const parsers = [
  createParser(crmLikeSpec, crmLikeTables),
  createParser({ ...crmLikeSpec, recordArrays: ['*'] }, crmLikeTables),
  createParser(hyperLikeSpec, hyperLikeTables),
  // Entry paths through arrays and through objects only (the latter reachable in a body without `[`).
  createParser({ ...crmLikeSpec, entryPaths: ['data[].errors[]', 'users[].details', 'details'] }, crmLikeTables),
];

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const names = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const before = names();
const counts = prototypes.map((p) => Object.getOwnPropertyNames(p).length);
const methods = [Object.prototype.toString, Object.prototype.hasOwnProperty, Object.prototype.valueOf, Array.prototype.map];

/** Cheap enough to run 10,000 times: a new or replaced prototype member shows up here. */
function prototypesIntact(): boolean {
  for (let i = 0; i < prototypes.length; i++)
    if (Object.getOwnPropertyNames(prototypes[i]).length !== counts[i]) return false;
  return (
    Object.prototype.toString === methods[0] &&
    Object.prototype.hasOwnProperty === methods[1] &&
    Object.prototype.valueOf === methods[2] &&
    Array.prototype.map === methods[3] &&
    Object.getPrototypeOf({}) === Object.prototype &&
    ({} as Record<string, unknown>).code === undefined
  );
}

const KINDS = new Set(['success', 'partial', 'error']);

/** The invariants, as plain checks (vitest's expect is too slow for 10,000 runs × 2). */
function check(result: ErrcatParseResult, body: unknown): void {
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify({ kind: result.kind, errors: result.errors.length })}`);
  };
  if (!KINDS.has(result.kind)) fail('unexpected kind');
  if ((result.errors.length === 0) !== (result.kind === 'success')) fail('errors and kind disagree');
  for (const error of result.errors) {
    if (!isErrcatError(error)) fail('an error without the errcat brand');
    if (error.kind === 'success') fail('a success entry among the errors');
    if (!result.entries.includes(error)) fail('an error missing from entries');
  }
  if (typeof body === 'string' && result.raw !== body) fail('raw text not kept');
  if (!prototypesIntact()) fail('a prototype changed');
}

const evilKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
const envelopeKey = fc.constantFrom('code', 'ResponseCode', 'message', 'ResponseMsgEng', 'description', 'details', 'errors', 'status', 'data', 'users');
const anyKey = fc.oneof(evilKey, envelopeKey, fc.string({ maxLength: 6 }));
const code = fc.oneof(
  fc.constantFrom('SUCCESS', 'DUPLICATE_DATA', 'INVALID_DATA', 'FIELD_TOO_LONG', 'AUTHENTICATION_FAILED', 0, 1, 2, 7, 25, '007', '25'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);

/** JSON values biased towards the shapes the parser looks into, with hostile keys everywhere. */
const { tree: hostileJson } = fc.letrec<{ tree: unknown; entry: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    tie('entry'),
    fc.array(tie('entry'), { maxLength: 4 }),
    fc.dictionary(anyKey, tie('tree'), { maxKeys: 4 }),
    fc.dictionary(envelopeKey, fc.array(tie('entry'), { maxLength: 3 }), { maxKeys: 3 }),
  ),
  entry: fc.record(
    {
      code,
      ResponseCode: code,
      message: fc.oneof(fc.string(), fc.constant('Value of a is longer than 3 characters'), fc.constant(null)),
      ResponseMsgEng: fc.oneof(fc.string(), fc.constant('Email address is not valid: x')),
      status: fc.constantFrom('success', 'error', 'SUCCESS', 1),
      details: fc.oneof(fc.dictionary(anyKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }), fc.record({ errors: fc.array(tie('entry'), { maxLength: 3 }) }), fc.jsonValue({ maxDepth: 1 })),
      __proto__: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
}));

const init: fc.Arbitrary<ErrcatParseInit | undefined> = fc.option(
  fc.record(
    {
      status: fc.oneof(fc.integer({ min: -1, max: 700 }), fc.constantFrom(200, 204, 207, 304, 401, 429), fc.double()),
      headers: fc.oneof(
        fc.dictionary(fc.constantFrom('Retry-After', 'retry-after', 'X-API-CREDITS-REMAINING', 'x-request-id', '__proto__', 'get'), fc.oneof(fc.string(), fc.array(fc.string()), fc.nat())),
        fc.constant({ get: (name: string) => (name.length % 2 === 0 ? 'Wed, 21 Oct 2015 07:28:00 GMT' : null) }),
      ),
      now: fc.integer(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const parser = fc.constantFrom(...parsers);

/** What a result says, minus how the body arrived (`received`, `raw`): the same for a text and its JSON.parse. */
function gist(result: ErrcatParseResult): string {
  const entry = (e: ErrcatParseResult['entries'][number]): unknown => ({
    known: e.known,
    code: e.code,
    rawCode: e.known ? undefined : e.rawCode,
    kind: e.kind,
    message: e.message,
    index: e.index,
    details: e.details,
    causes: e.causes.map(entry),
  });
  return JSON.stringify({ kind: result.kind, status: result.status, entries: result.entries.map(entry), errors: result.errors.length, warnings: result.warnings });
}

describe('a body given as text reads as the same body given parsed', () => {
  // The text path skips the record-array scan, and entry paths that cross an array, when the text
  // has no `[` (parser.ts): never a different answer.
  it('for envelope-shaped bodies with record arrays, nested causes and hostile keys', () => {
    fc.assert(
      fc.property(parser, hostileJson, init, (parse, value, i) => {
        // A string given as the body is text, not a JSON string: only objects and arrays compare.
        const text = JSON.stringify(value);
        if (text === undefined || typeof value !== 'object' || value === null) return true;
        return gist(parse(text, i)) === gist(parse(JSON.parse(text) as unknown, i));
      }),
      { numRuns: RUNS },
    );
  });

  it('for bodies whose entries sit at the end of entry paths, with and without arrays', () => {
    const withPaths = parsers[3] as (typeof parsers)[number];
    const flat = fc.record({ code, message: fc.string({ maxLength: 4 }), status: fc.constantFrom('success', 'error') }, { requiredKeys: [] });
    const body = fc.dictionary(
      envelopeKey,
      fc.oneof(flat, fc.array(flat, { maxLength: 2 }), fc.array(fc.record({ details: flat, errors: fc.array(flat, { maxLength: 2 }) }), { maxLength: 2 })),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(body, init, (value, i) => {
        const text = JSON.stringify(value);
        return gist(withPaths(text, i)) === gist(withPaths(JSON.parse(text) as unknown, i));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a body given as bytes reads as the same body given as text', () => {
  // Any text a server can send (lone surrogates aside, which UTF-8 cannot carry), as the bytes
  // Node's http or an ArrayBuffer gives: the same result, as text `received`, with the bytes on `raw`.
  const wellFormed = fc.oneof(
    hostileJson.map((v) => JSON.stringify(v) ?? ''),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '<', ' ', 'a', '1', '\uFEFF') }),
  );
  const form = fc.constantFrom('Uint8Array', 'ArrayBuffer', 'DataView', 'offset view', 'SharedArrayBuffer', 'view of shared memory', 'ArrayBuffer of another realm');
  it(`for any well-formed text, as a Uint8Array, an ArrayBuffer, a DataView, a view into a larger buffer, shared memory or another realm's buffer (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(parser, wellFormed, form, init, (parse, text, as, i) => {
        const bytes = new TextEncoder().encode(text);
        let body: ArrayBuffer | ArrayBufferView = bytes;
        if (as === 'ArrayBuffer') body = bytes.slice().buffer;
        if (as === 'DataView') body = new DataView(bytes.slice().buffer);
        if (as === 'SharedArrayBuffer' || as === 'view of shared memory') {
          const shared = new SharedArrayBuffer(bytes.length);
          new Uint8Array(shared).set(bytes);
          body = as === 'SharedArrayBuffer' ? (shared as unknown as ArrayBuffer) : new Uint8Array(shared);
        }
        // A worker's, an iframe's or vm's ArrayBuffer, which `instanceof ArrayBuffer` misses.
        if (as === 'ArrayBuffer of another realm') {
          body = runInNewContext(`new ArrayBuffer(${bytes.length})`) as ArrayBuffer;
          new Uint8Array(body).set(bytes);
        }
        if (as === 'offset view') {
          const larger = new Uint8Array(bytes.length + 6).fill(0x7b);
          larger.set(bytes, 3);
          body = larger.subarray(3, 3 + bytes.length);
        }
        const fromBytes = parse(body, i);
        const fromText = parse(text, i);
        return gist(fromBytes) === gist(fromText) && fromBytes.received === fromText.received && fromBytes.raw === body;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseResponse never throws and always returns a kind', () => {
  it('for arbitrary JSON values, given parsed and as text', () => {
    fc.assert(
      fc.property(parser, fc.jsonValue({ maxDepth: 4 }), init, (parse, value, i) => {
        check(parse(value, i), value);
        const text = JSON.stringify(value);
        check(parse(text, i), text);
      }),
      { numRuns: RUNS },
    );
  });

  it('for arbitrary strings (any code unit, lone surrogates included)', () => {
    fc.assert(
      fc.property(parser, fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '<', ' ', 'a', '1', '\uFEFF') })), init, (parse, text, i) => {
        check(parse(text, i), text);
      }),
      { numRuns: RUNS },
    );
  });

  it('for envelope-shaped bodies with __proto__ / constructor keys, parsed and as text', () => {
    fc.assert(
      fc.property(parser, hostileJson, init, (parse, value, i) => {
        check(parse(value, i), value);
        const text = JSON.stringify(value);
        if (text !== undefined) check(parse(text, i), text);
      }),
      { numRuns: RUNS },
    );
  });

  it('for deep nesting (arrays, objects, nested causes)', () => {
    const deep = fc.tuple(fc.oneof({ weight: 50, arbitrary: fc.integer({ min: 1, max: 64 }) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 5000 }) }), fc.constantFrom('array', 'object', 'causes', 'data')).map(([depth, shape]) => {
      switch (shape) {
        case 'array':
          return `${'['.repeat(depth)}${']'.repeat(depth)}`;
        case 'object':
          return `${'{"code":'.repeat(depth)}1${'}'.repeat(depth)}`;
        case 'causes':
          return `${'{"code":"INVALID_DATA","details":{"errors":['.repeat(depth)}{}${']}}'.repeat(depth)}`;
        default:
          return `${'{"data":['.repeat(depth)}{"code":"X"}${']}'.repeat(depth)}`;
      }
    });
    fc.assert(
      fc.property(parser, deep, init, (parse, text, i) => {
        check(parse(text, i), text);
        check(parse(JSON.parse(text), i), undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('for one very deep body of each shape (100,000 levels)', () => {
    const depth = 100_000;
    const bodies = [
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"code":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `${'{"code":"INVALID_DATA","details":{"errors":['.repeat(depth)}{}${']}}'.repeat(depth)}`,
    ];
    for (const parse of parsers) for (const text of bodies) check(parse(text), text);
  });

  afterAll(() => {
    expect(names()).toEqual(before);
  });
});
