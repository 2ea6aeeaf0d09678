/**
 * The bench's floor row bundles zoho-crm with the optional runtime modules stubbed
 * (bench/footprint.ts): a stub that lacks an export the parser imports fails the bench's build
 * after ten minutes of other measures. Checked here in a second.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseAndLookup, withEverythingOptional } from '../bench/footprint.js';
import { ROOT } from './helpers/generate.js';

it('the stubs of the floor row export every name the parser imports, and leave less runtime code', async () => {
  const dir = join(ROOT, 'generated/zoho-crm');
  const [floor, whole] = await Promise.all([withEverythingOptional(dir), parseAndLookup(dir)]);
  expect(floor.runtime).toBeGreaterThan(0);
  expect(floor.runtime).toBeLessThan(whole.runtime);
});
