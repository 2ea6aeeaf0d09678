/**
 * Bounds on the work one response can cause. A body is data from the network, and an already
 * parsed value may be any object graph: causes shared between entries, or cycles
 * (`e.details.errors = [e]`), and arrays of a million items that are not entries. Per response:
 * - each object is read as a nested cause once: shared causes reuse the error already built, and
 *   a cause that is still being read (a cycle) is left out, with a warning;
 * - at most MAX_ENTRIES errors are built in all; the rest of the body stays in `raw`/`data`;
 * - at most MAX_NON_ENTRY_ITEMS items of a list that carry no code become `no-code` errors; the
 *   others are counted in one warning.
 */
import type { ErrcatParseWarning } from './types.js';

export const MAX_ENTRIES = 100_000;
export const MAX_NON_ENTRY_ITEMS = 100;

const READING = Symbol('reading');

/** Per-response state, made on the first list or nested cause a response has. */
export class WalkBudget {
  private readonly nested = new WeakMap<object, unknown>();
  private built = 0;
  private cycles = 0;
  private truncated = 0;
  private summarized = 0;

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

  /** Nested causes: each object read once per response; a cycle is cut. */
  readCauses<E>(list: readonly unknown[], read: (item: unknown) => E): E[] {
    const out: E[] = [];
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      const key = typeof item === 'object' && item !== null ? item : undefined;
      if (key !== undefined) {
        const seen = this.nested.get(key);
        if (seen === READING) {
          this.cycles++;
          continue;
        }
        if (seen !== undefined) {
          out.push(seen as E);
          continue;
        }
      }
      if (this.built >= MAX_ENTRIES) {
        this.truncated += list.length - i;
        break;
      }
      this.built++;
      if (key !== undefined) this.nested.set(key, READING);
      const error = read(item);
      if (key !== undefined) this.nested.set(key, error);
      out.push(error);
    }
    return out;
  }

  warnings(): ErrcatParseWarning[] {
    const out: ErrcatParseWarning[] = [];
    if (this.cycles > 0) out.push({ kind: 'cause-cycle', message: `${this.cycles} nested cause${this.cycles === 1 ? '' : 's'} referred back to an entry being read; left out` });
    if (this.truncated > 0) out.push({ kind: 'entries-truncated', message: `Stopped after ${MAX_ENTRIES} errors; ${this.truncated} more item${this.truncated === 1 ? '' : 's'} not read (the body is on raw)` });
    if (this.summarized > 0) {
      out.push({
        kind: 'items-summarized',
        message: `${this.summarized} more item${this.summarized === 1 ? '' : 's'} without a code not turned into errors (the first ${MAX_NON_ENTRY_ITEMS} of each list were)`,
      });
    }
    return out;
  }
}
