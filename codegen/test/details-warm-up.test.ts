/**
 * The details worker's warm-up (codegen/src/details-warm-up.ts): its made-up jobs really compile
 * (a failing one would warm up nothing, silently, since the warm-up swallows errors), and it
 * stops as soon as a job is waiting.
 */
import { describe, expect, it } from 'vitest';
import { WARM_UP_ROUNDS, warmUp, warmUpJob } from '../src/details-warm-up.js';
import { compileDetailsJob, type DetailsJob } from '../src/emit/details.js';

describe('details warm-up', () => {
  it('compiles every round to a details map with each made-up code, the untyped one and the $ref', async () => {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      const job = warmUpJob(round);
      const text = await compileDetailsJob(job);
      expect(text).toContain('export interface WarmDetailsMap {');
      for (const key of Object.keys((job.chunks[0] as { properties: object }).properties)) expect(text).toMatch(new RegExp(`\\n  (?:"${key}"|${key}): `));
      expect(text).toContain(`export interface Warm${round}Code0Details {`);
      expect(text).toContain(`export interface Warm${round}Ref {`);
    }
  });

  it('runs every round while no job waits, and none once one does', async () => {
    const compiled: DetailsJob[] = [];
    const counting = async (job: DetailsJob): Promise<string> => {
      compiled.push(job);
      return '';
    };
    await warmUp(() => false, counting);
    expect(compiled).toHaveLength(WARM_UP_ROUNDS);
    compiled.length = 0;
    await warmUp(() => true, counting);
    expect(compiled).toHaveLength(0);
  });

  it('stops after the round during which a job arrived', async () => {
    let rounds = 0;
    await warmUp(
      () => rounds >= 2,
      async () => {
        rounds++;
        return '';
      },
    );
    expect(rounds).toBe(2);
  });

  it('survives a failing compile', async () => {
    await expect(warmUp(() => false, () => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
  });
});
