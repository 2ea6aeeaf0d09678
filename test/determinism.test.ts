/** Same catalog, same bytes; the input is never mutated; every file carries the banner, LF only. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitAll, loadAndValidate } from '../codegen/src/pipeline.js';
import { shippedCatalogs } from './helpers/catalogs.js';
import { ROOT } from './helpers/generate.js';

const CATALOGS = [...shippedCatalogs().map((c) => c.file), 'test/fixtures/hostile/hostile.json'];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('determinism', () => {
  const run = async () => {
    const result = loadAndValidate({ root: ROOT, catalogFiles: CATALOGS.map((c) => ROOT + c) });
    if (!result.ok) throw new Error('fixture catalogs must be valid');
    for (const api of result.apis) deepFreeze(api.catalog);
    const before = result.apis.map((a) => JSON.stringify(a.catalog));
    const files = await emitAll(result.apis, ROOT);
    return { files, before, after: result.apis.map((a) => JSON.stringify(a.catalog)) };
  };

  it('produces identical bytes twice and does not mutate its (frozen) input', async () => {
    const first = await run();
    const second = await run();
    expect(first.after).toEqual(first.before);
    expect(second.files).toEqual(first.files);
    expect(first.files.length).toBeGreaterThan(50);
  });

  it('writes a banner naming the source catalog and `pnpm generate` at the top of every file, LF only', async () => {
    const { files } = await run();
    const license = readFileSync(`${ROOT}LICENSE`, 'utf8');
    for (const f of files) {
      // A license stays verbatim so license scanners recognize it: the one file without a banner.
      if (f.path.endsWith('/LICENSE')) {
        expect(f.contents).toBe(license);
        continue;
      }
      const source = CATALOGS.find((c) => f.path.startsWith(`${JSON.parse(readFileSync(ROOT + c, 'utf8')).api.id}/`));
      expect(source, f.path).toBeDefined();
      const head = f.contents.split('\n').slice(0, 3).join('\n');
      expect(head, f.path).toContain(`Generated from ${source} by \`pnpm generate\``);
      expect(f.contents, f.path).not.toContain('\r');
      expect(f.contents.endsWith('\n'), f.path).toBe(true);
    }
  });
});
