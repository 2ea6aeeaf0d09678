/**
 * A group page built from any catalog text: the only HTML is ours (anchors, <br>), every code
 * keeps its section (anchor right before a heading that reads as the code), and tables keep
 * their columns. The mini catalog's three codes, with their text replaced by arbitrary strings.
 */
import { fc, test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect } from 'vitest';
import { emitDocs } from '../src/emit/docs.js';
import type { ApiModel, CodeModel, GroupModel } from '../src/model.js';
import { loadAndValidate } from '../src/pipeline.js';
import { ROOT } from '../../test/helpers/generate.js';

const md = new MarkdownIt({ html: true });
let api: ApiModel;

beforeAll(() => {
  const result = loadAndValidate({ root: ROOT, catalogFiles: [`${ROOT}test/fixtures/mini/mini.json`], outDir: `${ROOT}.errcat-none` });
  if (!result.ok) throw new Error('mini fixture must be valid');
  api = (result.apis[0] as { model: ApiModel }).model;
});

// Printable ASCII plus a few troublemakers, as in markdown.test.ts, and line breaks.
const text = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~\u00e9\u2028\n'.split('')) });
const nonEmpty = text.filter((s) => s.trim() !== '');
const squash = (s: string): string => s.replace(/[\s\u2028]+/g, ' ').trim();

describe('group page', () => {
  test.prop([text, text, fc.array(fc.record({ code: nonEmpty, message: nonEmpty, description: nonEmpty, fix: nonEmpty }), { minLength: 3, maxLength: 3 })], {
    numRuns: 300,
  })('renders any catalog text as text, keeping every section and table', (title, description, texts) => {
    const group: GroupModel = { id: 'main', title: title.trim() === '' ? 'Main' : title, description };
    const codes: CodeModel[] = api.codes.map((c, i) => ({ ...c, ...texts[i], code: `${i}${texts[i]?.code ?? ''}`, group }));
    const files = emitDocs({ ...api, groups: [group], codes });
    expect(files.map((f) => f.path)).toEqual(['README.md', 'docs/README.md', 'docs/codes/main.md']);
    const page = files[2]?.contents ?? '';
    const tokens = md.parse(page, {});

    // The banner comment, and the collapsible JSON Schema of codes with documented details properties.
    const blocks = tokens.filter((t) => t.type === 'html_block').map((t) => t.content.trim());
    expect(blocks[0]).toMatch(/^<!-- Generated from /);
    expect(blocks.slice(1).every((b) => b === '<details><summary>JSON Schema</summary>' || b === '</details>')).toBe(true);
    expect(blocks.length).toBe(1 + 2 * codes.filter((c) => Object.keys((c.details?.properties as object | undefined) ?? {}).length > 0).length);
    const sections: Array<[string, string]> = [];
    tokens.forEach((t, i) => {
      if (t.type !== 'inline') return;
      const html = (t.children ?? []).filter((c) => c.type === 'html_inline').map((c) => c.content);
      for (const h of html) expect(h).toMatch(/^(<br>|<a id="[a-z0-9_-]+">|<\/a>)$/);
      const anchor = /^<a id="([a-z0-9_-]+)"><\/a>$/.exec(t.content)?.[1];
      if (anchor === undefined) return;
      expect(tokens[i + 1]?.type).toBe('paragraph_close');
      expect(tokens[i + 2]?.tag).toBe('h2');
      sections.push([anchor, (tokens[i + 3]?.children ?? []).map((c) => c.content).join('')]);
    });
    expect(sections.map(([a]) => a)).toEqual(codes.map((c) => c.anchor));
    expect(sections.map(([, h]) => squash(h))).toEqual(codes.map((c) => squash(`${c.code} — ${c.name}`)));
    const h1 = tokens.findIndex((t) => t.tag === 'h1');
    expect(squash((tokens[h1 + 1]?.children ?? []).map((c) => c.content).join(''))).toBe(squash(group.title));

    const html = md.render(page);
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      expect(new Set(rows.map((r) => (r.match(/<t[dh][ >]/g) ?? []).length)).size).toBe(1);
    }
    // The index table links each code to its section.
    expect([...html.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1])).toEqual(codes.map((c) => c.anchor));
  });
});
