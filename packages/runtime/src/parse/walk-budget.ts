/**
 * Bounds on the work one response can cause (the nested-cause part is causes.ts, bundled only
 * by packages whose envelope has nested errors). A body is data from the network, and an already
 * parsed value may be any object graph: causes shared between entries, or cycles
 * (`e.details.errors = [e]`), and arrays of a million items that are not entries. Per response:
 * - each object is read as a nested cause once: shared causes reuse the error already built, and
 *   a cause that is still being read (a cycle) is left out, with a warning; a list of causes
 *   shared between entries is read once, and they share its causes;
 * - at most MAX_ENTRIES errors are built in all; the rest of the body stays in `raw`/`data`;
 * - at most MAX_NON_ENTRY_ITEMS items of a list that carry no code become `no-code` errors; the
 *   others are counted in one warning;
 * - an entry path steps on at most MAX_PATH_STEPS values; a path cut short is named in a warning.
 */
import type { ErrcatParseWarning } from './types.js';

export const MAX_ENTRIES = 100_000;
export const MAX_NON_ENTRY_ITEMS = 100;
/** Levels of nested causes followed; deeper lists stay in `raw`, counted in a warning. */
export const MAX_CAUSE_DEPTH = 8;
/**
 * Values one entry path may step on, objects or not, at every level (paths.ts): ten times the
 * entry budget, so that a text the entry budget reads whole is never cut by the path's; it bounds
 * an already parsed value that shares one array between many items.
 */
export const MAX_PATH_STEPS = 1_000_000;
/** Items of cause lists looked at per response, cached causes included (causes.ts). */
export const MAX_CAUSE_VISITS = 1_000_000;

const plural = (count: number): string => (count === 1 ? '' : 's');

/**
 * Per-response state, made on the first list or nested cause a response has. The counters are
 * read and written by causes.ts too (the optional cause-reading feature), hence not private.
 */
export class WalkBudget {
  /** Causes already read, or being read, in this response (causes.ts): made on first use. */
  nested: WeakMap<object, unknown> | undefined;
  /** Lists of causes read to the end in this response, with the causes read from each (causes.ts). */
  lists: WeakMap<readonly unknown[], unknown[]> | undefined;
  /** Entry paths (as the spec writes them) whose walk stepped on the most values it may (paths.ts). */
  cutPaths: string[] | undefined;
  built = 0;
  /** Items of cause lists looked at (causes.ts): bounds lists walked again for each entry holding them. */
  visits = 0;
  cycles = 0;
  /** The entries a cycle led back to, each counted once however often it is met. */
  cycled: WeakSet<object> | undefined;
  /** Lists of nested causes deeper than the parser follows (parser.ts MAX_CAUSE_DEPTH) that hold an entry, left out. */
  deep = 0;
  /** The lists skipDeep has seen: each is scanned and counted once, however many entries share it. */
  deepLists: WeakSet<readonly unknown[]> | undefined;
  truncated = 0;
  summarized = 0;

  /** Whether one more error may be built: counts it, or, past MAX_ENTRIES, counts one item not read. */
  take(): boolean {
    if (this.built >= MAX_ENTRIES) {
      this.truncated++;
      return false;
    }
    this.built++;
    return true;
  }

  /** A list of causes too deep to follow: counted for the warning when it holds an entry (a list of strings leaves nothing out). */
  skipDeep(list: readonly unknown[], isEntry: (item: unknown) => boolean): void {
    const seen = (this.deepLists ??= new WeakSet());
    if (seen.has(list)) return;
    seen.add(list);
    if (list.some(isEntry)) this.deep++;
  }

  /** Items of one list (entries or not): each becomes an error until the budgets run out. */
  readList<E>(list: readonly unknown[], isEntry: (item: unknown) => boolean, read: (item: unknown, index: number) => E, out: E[]): void {
    let nonEntries = 0;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isEntry(item) && ++nonEntries > MAX_NON_ENTRY_ITEMS) {
        this.summarized++;
        continue;
      }
      if (this.built >= MAX_ENTRIES) {
        this.truncated += list.length - i;
        return;
      }
      this.built++;
      out.push(read(item, i));
    }
  }

  warnings(): ErrcatParseWarning[] {
    const out: ErrcatParseWarning[] = [];
    const add = (kind: ErrcatParseWarning['kind'], count: number, message: string): void => {
      if (count > 0) out.push({ kind, message });
    };
    add('cause-cycle', this.cycles, `${this.cycles} nested cause${plural(this.cycles)} referred back to an entry being read; left out`);
    add('entries-truncated', this.deep, `${this.deep} list${plural(this.deep)} of nested causes deeper than ${MAX_CAUSE_DEPTH} levels not read (the body is on raw)`);
    add('entries-truncated', this.truncated, `Stopped after ${MAX_ENTRIES} errors; ${this.truncated} more item${plural(this.truncated)} not read (the body is on raw)`);
    add('entries-truncated', this.visits > MAX_CAUSE_VISITS ? 1 : 0, `Stopped reading nested causes after ${MAX_CAUSE_VISITS} items; the rest not read (the body is on raw)`);
    for (const path of this.cutPaths ?? []) add('entries-truncated', 1, `Stopped following ${path} after ${MAX_PATH_STEPS} values; the rest not read (the body is on raw)`);
    add('items-summarized', this.summarized, `${this.summarized} more item${plural(this.summarized)} without a code not turned into errors (the first ${MAX_NON_ENTRY_ITEMS} of each list were)`);
    return out;
  }
}
