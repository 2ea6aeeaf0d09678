/** What each benchmark part hands to bench/run.ts: headline rows for the console, Markdown for docs/benchmarks.md. */
export interface TargetRow {
  readonly metric: string;
  readonly value: string;
  readonly target: string;
  /** undefined: informational, or pending (the thing measured has not landed yet). */
  readonly ok: boolean | undefined;
}

export interface Section {
  readonly title: string;
  readonly rows: readonly TargetRow[];
  readonly markdown: string;
}
