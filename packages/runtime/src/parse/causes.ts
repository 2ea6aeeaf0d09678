/**
 * Nested causes (`envelope.nestedErrorsPath`), an optional part of the parser (features.ts): only
 * packages whose envelope nests errors bundle it. An already parsed value may share causes between
 * entries or hold cycles (`e.details.errors = [e]`), so per response each object is read as a cause
 * once: a shared cause reuses the error already built, and one still being read (a cycle) is left
 * out and counted in a warning. A list shared between entries is read once too, and every entry
 * that holds it gets the same array of causes: walking it again per entry would make n entries
 * sharing an n-item list cost n² (for a parsed body of 16,000 objects, 64 million references).
 * Causes count against the response's budgets (walk-budget.ts): the entry budget, and at most
 * MAX_NON_ENTRY_ITEMS items per list that carry no code.
 */
import { MAX_CAUSE_VISITS, MAX_ENTRIES, MAX_NON_ENTRY_ITEMS, type WalkBudget } from './walk-budget.js';

const READING = Symbol('reading');
const NO_CAUSES: unknown[] = Object.freeze([] as unknown[]) as unknown[];

export function readCauses<E>(budget: WalkBudget, list: readonly unknown[], isEntry: (item: unknown) => boolean, read: (item: unknown) => E): E[] {
  const lists = (budget.lists ??= new WeakMap());
  const done = lists.get(list);
  if (done !== undefined) return done as E[];
  // A list without any entry is no list of causes (an array of strings under the same key): every
  // entry holding it shares the one frozen empty list, as entries without causes do.
  if (!list.some(isEntry)) {
    lists.set(list, NO_CAUSES);
    return NO_CAUSES as E[];
  }
  const out: E[] = [];
  const nested = (budget.nested ??= new WeakMap());
  let nonEntries = 0;
  /** Items left out for this reading only (a cycle through an entry still being read, the entry budget). */
  let cut = false;
  for (let i = 0; i < list.length; i++) {
    // A list cut short (below) is walked again for every entry holding it: bounded here.
    if (++budget.visits > MAX_CAUSE_VISITS) {
      cut = true;
      break;
    }
    const item: unknown = list[i];
    const key = typeof item === 'object' && item !== null ? item : undefined;
    if (key !== undefined) {
      const seen = nested.get(key);
      if (seen === READING) {
        const cycled = (budget.cycled ??= new WeakSet());
        if (!cycled.has(key)) {
          cycled.add(key);
          budget.cycles++;
        }
        cut = true;
        continue;
      }
      if (seen !== undefined) {
        out.push(seen as E);
        continue;
      }
    }
    if (!isEntry(item) && ++nonEntries > MAX_NON_ENTRY_ITEMS) {
      budget.summarized++;
      continue;
    }
    if (budget.built >= MAX_ENTRIES) {
      budget.truncated += list.length - i;
      cut = true;
      break;
    }
    budget.built++;
    if (key !== undefined) nested.set(key, READING);
    const error = read(item);
    if (key !== undefined) nested.set(key, error);
    out.push(error);
  }
  // Shared only when read whole. A list cut short here is cut for this reading alone: an item
  // skipped as a cycle is an ancestor of this entry, not of another entry holding the same list
  // (which must get that item), and items past the entry budget must be counted each time.
  if (!cut) lists.set(list, out);
  return out;
}
