/**
 * Nested causes (`envelope.nestedErrorsPath`), an optional part of the parser (features.ts): only
 * packages whose envelope nests errors bundle it. An already parsed value may share causes between
 * entries or hold cycles (`e.details.errors = [e]`), so per response each object is read as a cause
 * once: a shared cause reuses the error already built, and one still being read (a cycle) is left
 * out and counted in a warning. Causes count against the response's entry budget (walk-budget.ts).
 */
import { MAX_ENTRIES, type WalkBudget } from './walk-budget.js';

const READING = Symbol('reading');

export function readCauses<E>(budget: WalkBudget, list: readonly unknown[], read: (item: unknown) => E): E[] {
  const nested = (budget.nested ??= new WeakMap());
  const out: E[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const key = typeof item === 'object' && item !== null ? item : undefined;
    if (key !== undefined) {
      const seen = nested.get(key);
      if (seen === READING) {
        budget.cycles++;
        continue;
      }
      if (seen !== undefined) {
        out.push(seen as E);
        continue;
      }
    }
    if (budget.built >= MAX_ENTRIES) {
      budget.truncated += list.length - i;
      break;
    }
    budget.built++;
    if (key !== undefined) nested.set(key, READING);
    const error = read(item);
    if (key !== undefined) nested.set(key, error);
    out.push(error);
  }
  return out;
}
