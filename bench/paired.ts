/**
 * A ratio of two operations' speeds that machine drift cannot flip. These virtual machines change
 * speed by 2× from minute to minute (JSON.parse alone: 1.8, 3.1 and 3.3 M/s in three full runs),
 * and a ratio of two tasks timed one after the other, a second each, moves with it: a target of
 * "≤ 2× JSON.parse" was met or missed by which task caught the slow second. Here the two run in
 * short alternating rounds (A then B, then B then A, …), each round gives its own ratio, and the
 * figure is the median of the rounds: a slow stretch slows both sides of the rounds it covers.
 * tinybench does the timing of each side; this only interleaves and pairs.
 */
import { Bench } from 'tinybench';
import { summarize, type Summary } from './stats.js';

export interface PairedOptions {
  /** Rounds, each timing both sides once (default 15). */
  readonly rounds?: number;
  /** tinybench time per side per round, ms (default 100). */
  readonly time?: number;
  /** Warm-up before the first round, ms per side (default 300). */
  readonly warmup?: number;
}

export interface Paired {
  /** Time of `a` over time of `b`: the median of the rounds, with their spread. */
  readonly ratio: Summary;
  /** Operations per second of each side (median samples, median over the rounds). */
  readonly aOps: number;
  readonly bOps: number;
}

/**
 * Times `a` and `b` in alternating rounds. Each function is one tinybench sample's work; pass the
 * same function objects every round (they are reused, so the JIT's code for each stays warm), and
 * give each its own loop: a shared loop calling through a parameter goes polymorphic.
 */
export async function pairedRatio(a: () => void, b: () => void, options: PairedOptions = {}): Promise<Paired> {
  const rounds = options.rounds ?? 15;
  const time = options.time ?? 100;
  const warm = new Bench({ time: options.warmup ?? 300, warmup: false });
  warm.add('a', a).add('b', b);
  await warm.run();

  const ratios: number[] = [];
  const aOps: number[] = [];
  const bOps: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmup: false });
    // Alternate which side goes first, so neither always gets the fresher half of a round.
    if (round % 2 === 0) bench.add('a', a).add('b', b);
    else bench.add('b', b).add('a', a);
    await bench.run();
    const opsOf = (name: string): number => {
      const result = bench.getTask(name)?.result;
      if (result === undefined || !('throughput' in result)) throw new Error(`paired round ${round}: ${name} did not complete`);
      return result.throughput.p50;
    };
    const x = opsOf('a');
    const y = opsOf('b');
    aOps.push(x);
    bOps.push(y);
    ratios.push(y / x);
  }
  return { ratio: summarize(ratios), aOps: summarize(aOps).median, bOps: summarize(bOps).median };
}
