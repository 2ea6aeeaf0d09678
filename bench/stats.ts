/** Medians with their spread, and the few number formats the benchmark tables use. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

/** Runs `fn` `times` times and summarizes what it returns (a duration, a count…). */
export async function repeat(times: number, fn: (run: number) => number | Promise<number>): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await fn(i));
  return summarize(samples);
}

/** "1.23 s (1.10–1.40)" or "123 ms (110–140)". */
export function fmtMs(s: Summary): string {
  if (s.median >= 1000) return `${(s.median / 1000).toFixed(2)} s (${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)})`;
  const d = s.median >= 100 ? 0 : 1;
  return `${s.median.toFixed(d)} ms (${s.min.toFixed(d)}–${s.max.toFixed(d)})`;
}

export function fmtSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Operations per second as "53.1 M/s". */
export function fmtOps(opsPerSecond: number): string {
  if (opsPerSecond >= 1e6) return `${(opsPerSecond / 1e6).toFixed(1)} M/s`;
  if (opsPerSecond >= 1e3) return `${(opsPerSecond / 1e3).toFixed(1)} k/s`;
  return `${opsPerSecond.toFixed(0)} /s`;
}

export function fmtBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(2)} KB` : `${bytes} B`;
}

export function fmtRatio(x: number): string {
  return `${x.toFixed(x >= 10 ? 1 : 2)}×`;
}

/** Pass/fail mark for a target row. */
export const verdict = (ok: boolean): string => (ok ? '✅ met' : '❌ missed');

/** A Markdown table. */
export function mdTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
