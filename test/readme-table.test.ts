/** The README's package table gives every catalog's package with its real code count. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from './helpers/catalogs.js';
import { ROOT } from './helpers/generate.js';

describe('README package table', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const c of shippedCatalogs()) {
    it(`lists ${c.packageName} with its code count`, () => {
      const count = (JSON.parse(readFileSync(join(ROOT, c.file), 'utf8')) as { codes: unknown[] }).codes.length;
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${c.packageName}\` |`));
      expect(row, `no README row for ${c.packageName}`).toBeDefined();
      expect(row?.split('|')[3]?.trim()).toBe(String(count));
    });
  }
});
