/**
 * The declaration shapes `pnpm bench` compares (bench/type-shapes.ts) are rewrites of the built
 * .d.ts by pattern: when the generator's output moves, a pattern can stop matching, and the full
 * bench then fails after minutes of work, or measures the shipped shape under another name. Twice
 * the generated text moved under a shape that way (an import list, a return type's brackets). Here
 * every shape is applied to a small package: each must change the declarations (the shipped one
 * aside) and leave a consumer that type-checks, as the bench needs.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerFixture, TSGO, typeCheck, type ConsumerFixture } from '../../bench/consumer-fixture.js';
import { SHAPES, withShape } from '../../bench/type-shapes.js';

describe('the bench\'s declaration shapes, on a 200-code package', () => {
  let fixture: ConsumerFixture;

  beforeAll(async () => {
    fixture = await createConsumerFixture({ size: 200, builder: existsSync(TSGO) ? 'tsgo' : 'tsc' });
  }, 300_000);

  afterAll(() => fixture?.remove());

  it.each(SHAPES.map((s) => [s]))('%s: rewrites the declarations and the consumer still type-checks (TypeScript 6)', (shape) => {
    withShape(fixture, shape, (changed) => {
      expect(changed, `shape ${shape} left every declaration file as it was`).toBe(shape !== 'shipped');
      // Throws with the compiler's diagnostics when the rewritten declarations do not compile.
      expect(typeCheck(fixture.consumerDir, 'tsc').instantiations).toBeGreaterThan(0);
    });
  });
});
