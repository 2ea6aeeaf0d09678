/**
 * The per-code "handle it in TypeScript" snippet of the docs (docs-parts.ts codeSnippet): what a
 * reader copies. test/site/snippets.test.ts compiles every real one; this holds what they say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSnippet, exampleValue, kindWords, tsTypeWords } from '../src/emit/docs-parts.js';
import type { ApiModel, CodeModel, VariantModel } from '../src/model.js';
import { loadAndValidate } from '../src/pipeline.js';
import { ROOT } from '../../test/helpers/generate.js';

let api: ApiModel;
let missingField: CodeModel;

beforeAll(() => {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [`${ROOT}test/fixtures/mini/mini.json`], outDir: `${ROOT}.errcat-none` });
  if (!result.ok) throw new Error('mini fixture must be valid');
  api = (result.apis[0] as { model: ApiModel }).model;
  missingField = api.codes.find((c) => c.code === 7) as CodeModel;
});

describe('a code snippet', () => {
  it('logs the message as received first, then the catalog template with the recovered parameters', () => {
    const lines = codeSnippet(api, missingField).split('\n');
    const received = lines.findIndex((l) => l.includes('console.log(entry.message);'));
    const template = lines.findIndex((l) => l.includes('console.log(formatMessage(7, field, form));'));
    expect(received).toBeGreaterThan(0);
    expect(template).toBeGreaterThan(received);
    // A parameter without an example falls back to its name in braces (what formatMessage writes
    // for a missing one), never the bare name, which reads as a value.
    expect(lines).toContain('    const field = entry.params.field ?? "{field}"; // recovered from the received message');
  });

  it('does not format a fixed message without parameters again: entry.message says it', () => {
    const busy = api.codes.find((c) => c.code === 3) as CodeModel;
    const snippet = codeSnippet(api, busy);
    expect(snippet).toContain('console.log(entry.message);');
    expect(snippet).not.toContain('formatMessage');
  });

  it('says the vendor varies a message, and formats its usual form', () => {
    const snippet = codeSnippet(api, { ...missingField, messageVaries: true });
    expect(snippet).toContain('console.log(entry.message); // the message as received; the vendor varies it');
  });

  it('formats two other variants at most, and counts the rest', () => {
    const base = missingField.variants[0] as VariantModel;
    const variants = Array.from({ length: 6 }, (_, index): VariantModel => ({ ...base, index }));
    const lines = codeSnippet(api, { ...missingField, variants }).split('\n');
    expect(lines.filter((l) => l.includes('formatVariant('))).toHaveLength(2);
    expect(lines).toContain('    // … 3 more documented variants: lookup(7).variants lists them all');
  });

  it('keeps a property name with a line terminator (U+2028 too) on its comment line', () => {
    const details = { type: 'object', properties: { record: { type: 'object', properties: { 'a\u2028b': {}, 'c\nd': {} } } } };
    const snippet = codeSnippet(api, { ...missingField, details });
    const line = snippet.split('\n').find((l) => l.includes('console.log(details.record)'));
    expect(line).toBe('      console.log(details.record); // { a b, c d } | undefined');
    expect(snippet).not.toContain('\u2028');
  });

  it('counts one more variant in the singular', () => {
    const base = missingField.variants[0] as VariantModel;
    const variants = Array.from({ length: 4 }, (_, index): VariantModel => ({ ...base, index }));
    expect(codeSnippet(api, { ...missingField, variants })).toContain('// … 1 more documented variant: lookup(7).variants lists them all');
  });

  it('comments the details with TypeScript types, not JSON Schema names', () => {
    const details = { type: 'object', properties: { index: { type: 'integer' }, record: { type: 'object', properties: { module: {}, id: {} } }, any: {} }, required: ['index'] };
    const snippet = codeSnippet(api, { ...missingField, details });
    expect(snippet).toContain('console.log(details.index); // number\n');
    expect(snippet).toContain('console.log(details.record); // { module, id } | undefined');
    expect(snippet).toContain('console.log(details.any); // unknown\n');
  });
});

describe('snippet words', () => {
  it.each([
    [{ type: 'integer' }, 'number'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ type: 'string', enum: ['a', 'b'] }, '"a" | "b"'],
    [{ type: 'array', items: { type: 'number' } }, 'number[]'],
    [{ type: 'object' }, '{ [k: string]: unknown }'],
    [{ type: 'object', properties: { a: {}, b: {}, c: {}, d: {}, e: {} } }, '{ a, b, c, d, … }'],
    [{}, 'unknown'],
  ])('%j is %s in TypeScript', (schema, words) => {
    expect(tsTypeWords(schema)).toBe(words);
  });

  it('passes a parameter its example, else its default, else its name in braces', () => {
    expect(exampleValue({ name: 'field', example: 'Price' })).toBe('Price');
    expect(exampleValue({ name: 'field', default: 'id' })).toBe('id');
    expect(exampleValue({ name: 'field' })).toBe('{field}');
  });

  it('says an error sent under 2xx is always or also sent there', () => {
    expect(kindWords({ ...missingField, errorUnder2xx: true, httpStatuses: [200] })).toBe('error (sent under a 2xx status)');
    expect(kindWords({ ...missingField, errorUnder2xx: true, httpStatuses: [400, 200] })).toBe('error (also sent under a 2xx status)');
    expect(kindWords(missingField)).toBe('error');
  });
});
