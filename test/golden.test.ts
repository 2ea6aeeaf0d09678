/**
 * Golden files: the whole generated output of the fixture catalogs, byte for byte.
 * The real catalogs' output is golden too: `pnpm generate --check` runs in CI.
 * After an intended change: `pnpm exec vitest run -u test/golden.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { generateInMemory } from './helpers/generate.js';

const FIXTURES = ['test/fixtures/mini/mini.json', 'test/fixtures/hostile/hostile.json', 'test/fixtures/variants/variant-demo.json'];

describe('golden output', async () => {
  const files = await generateInMemory(FIXTURES);

  it('emits the expected set of files', () => {
    expect(files.map((f) => f.path)).toMatchSnapshot();
  });

  for (const f of files) {
    it(`matches golden/${f.path}`, async () => {
      await expect(f.contents).toMatchFileSnapshot(`golden/${f.path}`);
    });
  }
});
