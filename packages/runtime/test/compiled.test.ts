import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate, formatTemplate } from '../src/template.js';
import { entryFromRow } from '../src/entry-row.js';

// Templates built from literal pieces, `%s` and `%%`: every arity the compiled closures specialize (0-3) and beyond.
const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('%s', '%%', '%', '%%s', 's'));
const template = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const params = fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constant(undefined)), { maxLength: 7 });

describe('compileTemplate', () => {
  it('formats exactly as the per-call formatTemplate does, for any template and parameters', () => {
    fc.assert(
      fc.property(template, params, (t, p) => {
        expect(compileTemplate(t)(...p)).toBe(formatTemplate(t, p));
      }),
      { numRuns: 10_000 },
    );
  });

  it('uses a default only where the parameter is missing, at every arity', () => {
    for (let arity = 0; arity <= 5; arity++) {
      const t = Array.from({ length: arity }, (_, i) => `<${i}:%s>`).join('');
      const defaults = Array.from({ length: arity }, (_, i) => (i % 2 === 0 ? `d${i}` : undefined));
      const format = compileTemplate(t, defaults);
      const given = Array.from({ length: arity }, (_, i) => (i < 2 ? `v${i}` : undefined));
      const expected = Array.from({ length: arity }, (_, i) => `<${i}:${given[i] ?? defaults[i] ?? ''}>`).join('');
      expect(format(...given)).toBe(expected);
    }
  });

  it('shows a missing parameter without a default as {name}, at every arity, compiled and per call alike', () => {
    for (let arity = 1; arity <= 5; arity++) {
      const t = Array.from({ length: arity }, (_, i) => `<${i}:%s>`).join('');
      const names = Array.from({ length: arity }, (_, i) => `p${i}`);
      const defaults = Array.from({ length: arity }, (_, i) => (i === 1 ? 'dflt' : undefined));
      const expected = Array.from({ length: arity }, (_, i) => `<${i}:${i === 0 ? 'v0' : i === 1 ? 'dflt' : `{p${i}}`}>`).join('');
      expect(compileTemplate(t, defaults, names)('v0')).toBe(expected);
      expect(formatTemplate(t, ['v0', 'dflt'], names)).toBe(expected);
    }
    // The issue's case: a JavaScript caller leaving out Zoho Creator 9450's field.
    const t = 'Datatype mismatch encountered. Please provide a valid value for %s.';
    expect(compileTemplate(t, [], ['field'])()).toBe('Datatype mismatch encountered. Please provide a valid value for {field}.');
    // Without names (older callers) the gap stays empty, as before.
    expect(compileTemplate(t)()).toBe('Datatype mismatch encountered. Please provide a valid value for .');
  });
});

describe('entryFromRow', () => {
  it('fills in the defaults a row leaves out', () => {
    expect(entryFromRow('NOT_FOUND', [404, 'No %s', ['what'], 'client'], 'https://d.test/')).toEqual({
      code: 'NOT_FOUND',
      name: 'NOT_FOUND',
      status: 404,
      statuses: [404],
      kind: 'error',
      message: 'No %s',
      params: ['what'],
      variants: [{ index: 0, status: 404, statuses: [404], message: 'No %s', params: ['what'], paramDefaults: undefined }],
      retry: 'never',
      docs: 'https://d.test/client.html#not_found',
      group: 'client',
      aliases: [],
    });
  });

  it('keeps every value a row states', () => {
    const entry = entryFromRow(7, [200, 'ok', [], 'a b/c', {
      name: 'Seven_B',
      statuses: [200, 201],
      kind: 'partial',
      retry: 'after-delay',
      retryDelaySeconds: 30,
      aliases: [70],
      messageVaries: true,
      deprecated: { reason: 'old', replacedBy: 8 },
      paramDefaults: ['x'],
    }], 'https://d.test/');
    expect(entry).toEqual({
      code: 7,
      name: 'Seven_B',
      status: 200,
      statuses: [200, 201],
      kind: 'partial',
      message: 'ok',
      params: [],
      variants: [{ index: 0, status: 200, statuses: [200, 201], message: 'ok', params: [], paramDefaults: ['x'] }],
      retry: 'after-delay',
      retryDelaySeconds: 30,
      docs: 'https://d.test/a%20b%2Fc.html#seven_b',
      group: 'a b/c',
      aliases: [70],
      messageVaries: true,
      deprecated: { reason: 'old', replacedBy: 8 },
      paramDefaults: ['x'],
    });
    // `page` replaces page and anchor both (an anchor moved off a heading's slug, model.ts).
    expect(entryFromRow(7, [200, 'ok', [], 'main', { page: 'main.md#code-seven' }], 'https://d.test/').docs).toBe('https://d.test/main.md#code-seven');
  });
});
