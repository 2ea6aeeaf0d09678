import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTemplate, matchTemplate, splitTemplate } from '../src/template.js';

/** The definition matchTemplate implements without a RegExp: every placeholder lazy but the last. */
function oracle(template: string, message: string): string[] | undefined {
  const { literals } = splitTemplate(template);
  const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const body = literals
    .map((literal, i) => escape(literal) + (i < literals.length - 1 ? (i < literals.length - 2 ? '([\\s\\S]*?)' : '([\\s\\S]*)') : ''))
    .join('');
  const match = new RegExp(`^${body}$`).exec(message);
  return match === null ? undefined : match.slice(1);
}

// A small alphabet, so literals recur inside parameters and messages: the cases where a lazy match must choose.
const letters = fc.constantFrom('a', 'b', ' ', 'ab', '%', '\n');
const literal = fc.array(letters, { maxLength: 4 }).map((parts) => parts.join(''));
const piece = fc.oneof(literal, fc.constantFrom('%s', '%%', '%s%s'));
const template = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const text = fc.array(letters, { maxLength: 10 }).map((parts) => parts.join(''));

describe('matchTemplate', () => {
  it('answers as the lazy regular expression does, for messages the template produced', () => {
    fc.assert(
      fc.property(template, fc.array(text, { maxLength: 6 }), (t, params) => {
        const message = formatTemplate(t, params);
        const found = matchTemplate(t, message);
        expect(found).toEqual(oracle(t, message));
        // A produced message always matches, and its values rebuild it.
        expect(found).toBeDefined();
        expect(formatTemplate(t, found ?? [])).toBe(message);
      }),
      { numRuns: 10_000 },
    );
  });

  it('answers as the lazy regular expression does, for any message', () => {
    fc.assert(
      fc.property(template, text, (t, message) => {
        expect(matchTemplate(t, message)).toEqual(oracle(t, message));
      }),
      { numRuns: 10_000 },
    );
  });

  it('takes the first occurrence of each literal and gives the rest to the last placeholder', () => {
    expect(matchTemplate('a %s b %s', 'a x b y b z')).toEqual(['x', 'y b z']);
    expect(matchTemplate('no placeholders', 'no placeholders')).toEqual([]);
    expect(matchTemplate('no placeholders', 'no placeholders!')).toBeUndefined();
    expect(matchTemplate('%s%%', '100%')).toEqual(['100']);
    expect(matchTemplate('ab%sba', 'aba')).toBeUndefined(); // prefix and suffix may not overlap
  });
});
