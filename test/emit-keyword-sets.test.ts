/**
 * Generated packages compose only the details keyword sets their schemas use
 * (codegen/src/emit/keyword-sets.ts): the emitter's table must say what the runtime's sets check,
 * its choice must follow the schema's structure (keywords, not property names or enum data), and
 * every generated package's composition must check everything its schemas use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as runtime from '@errcat/runtime';
import { detailsValidator, validateDetails, type DetailsKeywords, type DetailsSchema } from '@errcat/runtime';
import { CORE_KEYWORDS, KEYWORD_SETS, keywordSetsFor } from '../codegen/src/emit/keyword-sets.js';
import { stripAnnotations } from '../codegen/src/emit/validators.js';
import { SET_KEYWORDS } from '../packages/runtime/src/validate/coverage.js';
import { shippedCatalogs } from './helpers/catalogs.js';
import { ROOT } from './helpers/generate.js';

const exported = runtime as unknown as Record<string, unknown>;
const isKeywordSet = (name: string) => name.endsWith('Keywords') && typeof exported[name] === 'object';
const keywordsOf = (set: DetailsKeywords) => Object.values(set).flatMap((step: { keywords: readonly string[] }) => step.keywords);

describe('the emitter\'s table of keyword sets', () => {
  it('names every set the runtime exports, each with the keywords its steps check', () => {
    expect(Object.keys(exported).filter(isKeywordSet).sort()).toEqual(Object.keys(KEYWORD_SETS).sort());
    for (const [name, keywords] of Object.entries(KEYWORD_SETS)) expect(keywordsOf(exported[name] as DetailsKeywords).sort(), name).toEqual([...keywords].sort());
  });

  it('covers, with the core, the keywords the runtime guards and nothing twice', () => {
    const inSets = Object.values(KEYWORD_SETS).flat();
    expect(new Set(inSets).size).toBe(inSets.length);
    expect([...inSets].sort()).toEqual([...SET_KEYWORDS].sort());
    for (const keyword of CORE_KEYWORDS) expect(inSets).not.toContain(keyword);
  });
});

describe('keywordSetsFor', () => {
  it('needs no set for schemas of core keywords only', () => {
    expect(keywordSetsFor([])).toEqual([]);
    expect(keywordSetsFor([true, false, { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: { type: 'array', items: {} } }])).toEqual([]);
  });

  it('reads keywords where they are keywords: property and $defs names and enum or const data are not', () => {
    expect(keywordSetsFor([{ properties: { minimum: { type: 'string' }, pattern: true } }])).toEqual([]);
    expect(keywordSetsFor([{ enum: [{ maxLength: 1 }], const: { anyOf: [] } }])).toEqual(['valueKeywords']);
    expect(keywordSetsFor([{ $defs: { not: { type: 'null' } } }])).toEqual(['refKeywords']);
  });

  it('finds keywords deep in subschemas of every kind, and returns each set once, sorted', () => {
    const deep = { items: { anyOf: [{ not: { additionalProperties: { properties: { a: { allOf: [{ pattern: 'x' }] } } } } }] } };
    expect(keywordSetsFor([deep])).toEqual(['combinatorKeywords', 'stringKeywords']);
    expect(keywordSetsFor([{ $ref: '#/$defs/a', $defs: { a: { minItems: 1, maximum: 2 } } }, { oneOf: [{ minProperties: 1 }] }])).toEqual([
      'combinatorKeywords',
      'countKeywords',
      'numberKeywords',
      'refKeywords',
    ]);
  });

  it('refuses a keyword no set checks, naming where it is', () => {
    expect(() => keywordSetsFor([{ properties: { 'a/b': { uniqueItems: true } } }])).toThrow('details schema /properties/a~1b: keyword "uniqueItems" is checked by no details keyword set');
  });
});

describe.each(shippedCatalogs().map((c) => c.id))('generated/%s', (id) => {
  const source = readFileSync(join(ROOT, 'generated', id, 'src', 'validators.ts'), 'utf8');
  const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as { codes: Array<{ code: string | number; details?: object }> };
  const schemas = catalog.codes.filter((c) => c.details !== undefined).map((c) => stripAnnotations(c.details) as DetailsSchema);

  it('composes keyword sets that check every keyword its schemas use', () => {
    const call = /validate: \/\* @__PURE__ \*\/ coveredDetailsValidator\(([\w, ]*)\),/.exec(source);
    if (schemas.length === 0) {
      expect(call).toBeNull();
      return;
    }
    const names = call?.[1] === '' ? [] : (call?.[1] ?? '').split(', ');
    expect(names.every(isKeywordSet), names.join()).toBe(true);
    // The guarded composition of the same sets: a keyword left uncovered gives its coverage issue.
    const composed = detailsValidator(...names.map((name) => exported[name] as DetailsKeywords));
    // validateDetails never gives the coverage issue.
    for (const schema of schemas)
      for (const value of [{}, null, 'x', 1.5, [1], { id: 1, api_name: 'a' }]) expect(composed(schema, value), JSON.stringify(schema)).toEqual(validateDetails(schema, value));
  });
});
