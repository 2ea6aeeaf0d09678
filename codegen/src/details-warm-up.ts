/**
 * What the details worker does while it waits for its first job: compile small made-up details
 * maps shaped like catalogs' (objects, required fields, enums, arrays, nested objects, untyped
 * codes, `$defs` with `$ref`s) and throw the text away.
 *
 * The worker is up ~0.1 s before the main thread has read and normalized a catalog, and
 * json-schema-to-typescript's first chunk of a job cost ~2× its last one: the functions it runs
 * are compiled lazily and optimized only after they have run a while. Warming them up in that
 * idle time took a cold 1,000-code run's details from ~0.54 to ~0.46 s (docs/benchmarks.md). The
 * warm-up runs in small rounds and stops as soon as a job has arrived, so it can delay a job by
 * one round (a few ms) at most, and its text never reaches a job's.
 */
import { compileDetailsJob, type DetailsCompiler, type DetailsJob } from './emit/details.js';

/** Enough rounds to cover the idle time on these machines (each ~4–6 ms once warm). */
export const WARM_UP_ROUNDS = 12;
const CODES_PER_ROUND = 4;

/** Compiles warm-up jobs until `stop()` says a job is waiting, or all rounds are done; never fails. */
export async function warmUp(stop: () => boolean, compile: DetailsCompiler = compileDetailsJob): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    // A job that arrived is handled once this round's promise settles: yield first, so its message is seen.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (stop()) return;
    await compile(warmUpJob(round)).catch(() => undefined);
  }
}

export function warmUpJob(round: number): DetailsJob {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < CODES_PER_ROUND; i++) {
    const name = `Warm${round}Code${i}`;
    properties[`WARM_${round}_${i}`] = {
      title: `${name}Details`,
      description: 'A made-up details shape.',
      type: 'object',
      properties: {
        field: { type: 'string', description: 'A field name.' },
        count: { type: 'integer', minimum: 0 },
        ratio: { type: 'number' },
        ok: { type: 'boolean' },
        kind: { enum: ['a', 'b', 'c'] },
        tags: { type: 'array', items: { type: 'string' } },
        nested: { type: 'object', properties: { at: { type: 'string' } }, required: ['at'], additionalProperties: false },
      },
      required: ['field', 'count'],
      additionalProperties: i % 2 === 0,
    };
  }
  properties[String(round)] = { title: 'WarmUntyped', type: 'object', additionalProperties: true };
  properties[`WARM_${round}_REF`] = { $ref: `#/$defs/Warm${round}Ref` };
  return {
    name: 'WarmDetailsMap',
    bannerComment: '// warm-up',
    chunks: [
      {
        title: 'WarmDetailsMap',
        type: 'object',
        additionalProperties: false,
        required: Object.keys(properties),
        properties,
        $defs: { [`Warm${round}Ref`]: { title: `Warm${round}Ref`, type: 'object', properties: { items: { type: 'array', items: { $ref: `#/$defs/Warm${round}Ref` } } } } },
      },
    ],
  };
}
