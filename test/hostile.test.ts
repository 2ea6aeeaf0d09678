/**
 * A catalog of hostile strings (quotes, backslashes, comment closers, backticks, `${`,
 * U+2028, pipes, <script>, __proto__, names starting with a digit) must generate a package
 * that compiles under strict tsc, and whose values round-trip exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { byPath, generateInMemory, ROOT } from './helpers/generate.js';
import { importBundled, typeCheck, writeScratch } from './helpers/compile.js';

interface HostilePackage {
  HostileCodes: Record<string, string>;
  HostileErrorCode: Record<string, string>;
  formatMessage: (code: string, ...params: string[]) => string;
  formatMessageWith: (code: string, params: Record<string, string>) => string;
  lookup: (code: unknown) => { code: string; name: string; message: string; docs: string; aliases: string[] } | undefined;
  isHostileCode: (value: unknown) => boolean;
  hostileCodeList: readonly string[];
}

type Entry = { code: string; name: string; message: string; aliases?: string[]; params?: Array<{ name: string; default?: string }> };
const catalog = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/hostile/hostile.json'), 'utf8')) as { codes: Entry[] };

/** An independent reading of the template rules: %s in order, %% a percent, values never re-read. */
function expected(template: string, params: string[]): string {
  let i = 0;
  return template.replace(/%%|%s/g, (m) => (m === '%%' ? '%' : (params[i++] ?? '')));
}

describe('hostile strings', () => {
  let dir: string;
  let files: Map<string, string>;
  let pkg: HostilePackage;

  beforeAll(async () => {
    const generated = await generateInMemory(['test/fixtures/hostile/hostile.json']);
    files = byPath(generated);
    dir = writeScratch(generated, 'hostile');
    // The enum is subpath-only (not re-exported by index.ts): loaded and checked on its own.
    const root = await importBundled<Omit<HostilePackage, 'HostileErrorCode'>>(join(dir, 'hostile/src/index.ts'));
    const enumModule = await importBundled<Pick<HostilePackage, 'HostileErrorCode'>>(join(dir, 'hostile/src/enum.ts'));
    pkg = { ...root, HostileErrorCode: enumModule.HostileErrorCode };
  });

  it('compiles under strict tsc with no diagnostics', () => {
    expect(typeCheck([join(dir, 'hostile/src/index.ts'), join(dir, 'hostile/src/enum.ts')])).toEqual([]);
  });

  it('round-trips every code, name and message exactly', () => {
    expect([...pkg.hostileCodeList].sort()).toEqual(catalog.codes.map((c) => c.code).sort());
    for (const entry of catalog.codes) {
      const found = pkg.lookup(entry.code);
      expect(found?.code).toBe(entry.code);
      expect(found?.name).toBe(entry.name);
      expect(found?.message).toBe(entry.message);
      expect(pkg.lookup(entry.code)).toBe(found);
      expect(pkg.isHostileCode(entry.code)).toBe(true);
      const ident = /^[0-9]/.test(entry.name) || entry.name === 'delete' ? `_${entry.name}` : entry.name;
      expect(pkg.HostileCodes[ident]).toBe(entry.code);
      expect(pkg.HostileErrorCode[ident]).toBe(entry.code);
      for (const alias of entry.aliases ?? []) expect(pkg.lookup(alias)).toBe(found);
    }
  });

  it('formats messages without re-substituting parameter text, using declared defaults', () => {
    const hostileParam = 'a %s b %% c */ ${x} `';
    for (const entry of catalog.codes) {
      expect(pkg.formatMessage(entry.code, hostileParam, '%s')).toBe(expected(entry.message, [hostileParam, '%s']));
      expect(pkg.formatMessage(entry.code, 'only')).toBe(expected(entry.message, ['only', entry.params?.[1]?.default ?? '']));
      expect(pkg.formatMessageWith(entry.code, { first: '1', second: '2' })).toBe(expected(entry.message, ['1', '2']));
    }
  });

  it('keeps prototype keys as data: __proto__ is a code, toString is not', () => {
    expect(pkg.lookup('__proto__')?.name).toBe('PROTO');
    expect(pkg.lookup('constructor')?.name).toBe('CONSTRUCTOR');
    expect(pkg.lookup('toString')).toBeUndefined();
    expect(pkg.lookup('hasOwnProperty')).toBeUndefined();
    expect(pkg.isHostileCode('valueOf')).toBe(false);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('never lets catalog text close a JSDoc comment or a string', () => {
    for (const [path, text] of files) {
      if (!path.endsWith('.ts')) continue;
      for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
        expect(comment.slice(3, -2)).not.toContain('*/');
      }
    }
  });

  it('renders docs whose tables keep their columns and contain no live HTML', () => {
    const md = new MarkdownIt({ html: true });
    expect([...files.keys()].filter((p) => p.includes('/docs/codes/'))).toEqual(['hostile/docs/codes/all.md']);
    for (const [path, text] of files) {
      if (!path.endsWith('.md')) continue;
      // The only raw HTML is ours: the banner comment, the JSON Schema's <details>, the line breaks of table cells, and each
      // section's anchor (a paragraph of its own, `<a id="…"></a>`); catalog text never becomes a tag.
      const tokens = md.parse(text, {});
      const blocks = tokens.flatMap((t, i) => (t.type === 'html_block' ? [[i, t.content]] : []));
      // Besides the banner: the collapsible JSON Schema of a code's details (our two fixed tags).
      const schemaTags = blocks.slice(1).map(([, b]) => b);
      expect(schemaTags.every((b) => b === '<details><summary>JSON Schema</summary>\n' || b === '</details>\n'), path).toBe(true);
      expect(blocks[0], path).toEqual([0, `${text.split('\n')[0]}\n`]);
      expect(blocks[0]?.[1], path).toMatch(/^<!-- Generated from [^\n]*-->\n$/);
      for (const t of tokens.filter((t) => t.type === 'inline')) {
        const html = (t.children ?? []).filter((c) => c.type === 'html_inline').map((c) => c.content);
        if (html.some((h) => h.startsWith('<a'))) expect(t.content, path).toMatch(/^<a id="[a-z0-9_-]+"><\/a>$/);
        for (const h of html) expect(h, path).toMatch(/^(<br>|<a id="[a-z0-9_-]+">|<\/a>)$/);
      }
      const html = md.render(text);
      expect(html, path).not.toMatch(/<script/i);
      for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
        const widths = new Set(rows.map((r) => (r.match(/<t[dh][ >]/g) ?? []).length));
        expect(widths.size, `${path}: uneven table`).toBe(1);
      }
    }
  });
});
