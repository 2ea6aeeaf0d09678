/**
 * Catalog text that reaches Markdown and terminals: every source field escaped in the README, and
 * `explain` printing control and bidi characters as escapes (the lint rules reject them in
 * catalogs; these check the output side does not rely on that).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../src/cli/terminal-text.js';
import { explainCommand } from '../src/cli/explain.js';
import { emitDocs } from '../src/emit/docs.js';
import { mdUrl } from '../src/emit/markdown.js';
import { loadAndValidate, type LoadedApi } from '../src/pipeline.js';
import { formatProblem } from '../src/problems.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.ERRCAT_FUZZ_RUNS ?? 1_000);

function synthetic(): LoadedApi {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json')], outDir: join(ROOT, '.errcat-none') });
  if (!result.ok) throw new Error('the synthetic catalog has problems');
  return result.apis[0] as LoadedApi;
}

const HOSTILE = '# heading\n<img src=x onerror=alert(1)>`x` [l](javascript:alert(1)) \u001b]8;;http://evil\u0007 \u202e';

describe('Markdown', () => {
  it('escapes every part of a source in the README (file, title, url)', () => {
    const api = synthetic();
    const model = api.model as unknown as { sources: Array<{ id: string; title: string; file: string; url?: string }> };
    model.sources = [{ id: 'page', title: HOSTILE, file: HOSTILE, url: 'https://example.com/a b<c>"d"' }];
    const readme = emitDocs(api.model).find((f) => f.path === 'README.md')?.contents ?? '';
    const sources = readme.slice(readme.indexOf('## Sources'));
    expect(sources).toContain('](https://example.com/a%20b%3Cc%3E%22d%22)');
    // As a renderer sees it: no tag, no heading, no link but the source's own.
    const html = new MarkdownIt({ html: true }).render(sources);
    expect(html).not.toMatch(/<img|<h1|href="javascript/);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://example.com/a%20b%3Cc%3E%22d%22']);
  });

  it('a link destination percent-encodes Unicode spaces, not only ASCII ones', () => {
    for (const space of ['\u00a0', '\u1680', '\u2003', '\u202f', '\u205f', '\u3000', '\ufeff']) {
      expect(mdUrl(`https://x.example/a${space}b`)).toBe(`https://x.example/a${encodeURIComponent(space)}b`);
    }
  });

  it('a link destination percent-encodes the bidi controls', () => {
    for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const encoded = encodeURIComponent(bidi);
      expect(mdUrl(`https://x.example/a${bidi}b`)).toBe(`https://x.example/a${encoded}b`);
    }
  });

  it(`a link destination never holds a space, a bracket, a parenthesis, a control or a bidi character (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (tail) => {
        const url = mdUrl(`https://x.example/${tail}`);
        return !/[\s()<>[\]\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(url);
      }),
      { numRuns: RUNS },
    );
  });

});

describe('explain on a terminal', () => {
  it('shows control and bidi characters as escapes, keeps newline and tab', () => {
    expect(terminalText('a\u001b[31mb\u0000c\u009bd\u202ee\n\tf')).toBe('a\\u001b[31mb\\u0000c\\u009bd\\u202ee\n\tf');
  });

  it('prints catalog text and the arguments escaped', () => {
    const api = synthetic();
    const code = api.model.codes[0] as unknown as { message: string; description: string; variants: Array<{ message: string }> };
    code.message = 'Stop\u001b]0;pwned\u0007 here';
    // explain prints each variant's message; the primary variant is the code's own.
    code.variants = [{ ...(code.variants[0] as { message: string }), message: code.message }];
    code.description = 'Right\u202eto left';
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), color: true };
    expect(explainCommand([api], 'acme-billing', String(api.model.codes[0]?.code), io)).toBe(0);
    expect(explainCommand([api], 'acme-billing', 'nope\u001b[2J', io)).toBe(1);
    expect(explainCommand([api], 'acme\u001b[2J', undefined, io)).toBe(1);
    const text = out.join('\n');
    // Only the CLI's own color sequences (ESC [ n m) remain.
    expect(text.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(text).toContain('Stop\\u001b]0;pwned\\u0007 here');
    expect(text).toContain('nope\\u001b[2J');
  });
});

describe('problem output', () => {
  it('keeps each part of a problem on its line: catalog text in a pointer, message or found line is escaped', () => {
    const text = formatProblem({
      file: 'catalog/x.json',
      line: 3,
      column: 5,
      pointer: '/codes/0/details/properties/a"b\nc*/',
      rule: 'details-key',
      message: 'property "a\u2028b" is odd',
      expected: 'no \u202e override',
      found: '"\ud83d alone \u001b[31m"',
    });
    expect(text.split('\n')).toEqual([
      'catalog/x.json:3:5 /codes/0/details/properties/a"b\\u000ac*/ [details-key] property "a\\u2028b" is odd',
      '    expected: no \\u202e override',
      '    found:    "\\ud83d alone \\u001b[31m"',
    ]);
    // A whole pair is a character, not two halves: it is printed as it is.
    expect(formatProblem({ file: 'f', line: 1, column: 1, pointer: '', rule: 'r', message: 'smile \ud83d\ude00' })).toBe('f:1:1 (document) [r] smile \ud83d\ude00');
  });
});
