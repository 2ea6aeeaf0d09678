import { fc, test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mdBlock, mdCell, mdCode, mdCodeSpan, mdFence, mdInline } from '../src/emit/markdown.js';

const md = new MarkdownIt({ html: true });
const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

// Printable ASCII plus a few troublemakers; whitespace runs are normalized by Markdown itself.
const text = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~\u00e9\u2028'.split('')) });
const squash = (s: string): string => s.replace(/[\s\u2028]+/g, ' ').trim();

describe('Markdown escaping', () => {
  // Text without line breaks or Markdown punctuation takes a shortcut; a trailing line break forces
  // the general path on the same text, whose result differs by exactly that break's rendering.
  // Only text without line breaks can take the shortcut (with them, both sides take the general
  // path, and the added break can merge into a run of blank lines that the general path collapses).
  const oneLine = fc.oneof(text, fc.string()).filter((s) => !/[\r\n\u2028\u2029]/.test(s));
  test.prop([oneLine], { numRuns: 1500 })('the shortcut for plain text gives what the general path gives', (s) => {
    expect(mdInline(s)).toBe(mdInline(`${s}\n`));
    expect(mdCell(s)).toBe(mdCell(`${s}\n`));
    expect(`${mdBlock(s)}\n`).toBe(mdBlock(`${s}\n`));
  });

  test.prop([text], { numRuns: 1500 })('inline text renders back to itself, as plain text', (s) => {
    const html = md.renderInline(mdInline(s));
    expect(html).not.toMatch(/<(?!br>)[a-z]/i);
    expect(squash(decode(html))).toBe(squash(s));
  });

  test.prop([text, text], { numRuns: 1000 })('a table cell never adds or removes columns', (a, b) => {
    const table = `| A | B |\n|---|---|\n| ${mdCell(a)} | ${mdCell(b)} |\n`;
    const html = md.render(table);
    expect(html.match(/<td>/g)?.length).toBe(2);
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => squash(decode((m[1] ?? '').replace(/<br>/g, ' '))));
    expect(cells).toEqual([squash(a), squash(b)]);
  });

  test.prop([text], { numRuns: 1000 })('paragraph text never becomes a heading, list, quote or HTML', (s) => {
    const html = md.render(mdBlock(s));
    expect(html).not.toMatch(/<(h\d|ul|ol|blockquote|script|hr|pre)/);
  });

  test.prop([fc.oneof(fc.string(), fc.string().map((s) => ` ${s} `))], { numRuns: 1000 })('a code span shows its text verbatim', (s) => {
    fc.pre(s.trim() !== '' && !/[\r\n\u2028\u2029|]/.test(s));
    const html = md.renderInline(mdCode(s));
    const inner = /^<code>([\s\S]*)<\/code>$/.exec(html)?.[1];
    expect(inner).toBeDefined();
    expect(decode(inner ?? '')).toBe(s);
  });

  test.prop([fc.oneof(fc.string(), fc.string().map((s) => `${s}|${s}`))], { numRuns: 1000 })('outside a table, a code span shows its text verbatim, | included', (s) => {
    fc.pre(s.trim() !== '' && !/[\r\n\u2028\u2029]/.test(s));
    const html = md.renderInline(mdCodeSpan(s));
    const inner = /^<code>([\s\S]*)<\/code>$/.exec(html)?.[1];
    expect(inner).toBeDefined();
    expect(decode(inner ?? '')).toBe(s);
  });

  it('leaves a URL with a placeholder as text: linkify would link a host that does not exist', () => {
    const linkify = new MarkdownIt({ linkify: true });
    const text = 'Use https://www.zohoapis.{dc}/crm/v8 for your domain; see https://www.zoho.com/crm.';
    const html = linkify.renderInline(mdInline(text));
    expect(html).toBe('Use https://www.zohoapis.{dc}/crm/v8 for your domain; see <a href="https://www.zoho.com/crm">https://www.zoho.com/crm</a>.');
  });

  it('in a table cell, mdCode keeps a | inside the span', () => {
    const html = new MarkdownIt().render(`| a |\n|---|\n| ${mdCode('al|ias')} |\n`);
    expect(html).toContain('<td><code>al|ias</code></td>');
  });

  test.prop([fc.string()], { numRuns: 1000 })('a fenced block cannot be closed by its content', (s) => {
    const html = md.render(mdFence(s, 'json'));
    expect(html.startsWith('<pre><code class="language-json">')).toBe(true);
    expect((html.match(/<pre>/g) ?? []).length).toBe(1);
  });

  it('escapes the characters that matter in a table row', () => {
    expect(mdCell('a | b\nc <script>')).toBe('a \\| b<br>c &lt;script&gt;');
  });
});

describe('fast paths', () => {
  // mdCode and mdFence as they were before they skipped text with nothing to change.
  const codeReference = (text: string): string => {
    const flat = text.replace(/\r\n?|\n|[\u2028\u2029]/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
  };
  const fenceReference = (text: string, lang: string): string => {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\r\n?|[\u2028\u2029]/g, '\n')}\n${fence}`;
  };
  const textLike = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z `|\r\n\u2028 ]{0,12}$/));

  test.prop([textLike], { numRuns: 5000 })('mdCode gives what the full rewrite gives', (s) => {
    expect(mdCode(s)).toBe(codeReference(s));
  });

  test.prop([textLike, fc.constantFrom('json', 'text', '')], { numRuns: 5000 })('mdFence gives what the full rewrite gives', (s, lang) => {
    expect(mdFence(s, lang)).toBe(fenceReference(s, lang));
  });
});
