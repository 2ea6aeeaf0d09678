/**
 * Entry paths (`envelope.entryPaths`): where a vendor puts entries deeper than the top level or a
 * record array, e.g. `portal_invite[].data[]`, `data[].result.error_message`, or `error` for an
 * error object under a key. `[]` after a segment iterates that array, `[][]` an array of arrays
 * (Zoho CRM's territory users: `"users": [[{…}]]`); every object reached at the end of a path is
 * read as an entry, with the position in the last array crossed as its index.
 */
import type { EntryPathFeature } from './features.js';

export interface PathStep {
  /** The property to step into; `''` for the value reached already (the inner array of `[][]`). */
  readonly key: string;
  readonly each: boolean;
}

export type EntryPath = readonly PathStep[];

export function compilePath(path: string): EntryPath {
  return path.split('.').flatMap((segment) => {
    let arrays = 0;
    while (segment.endsWith('[]', segment.length - 2 * arrays)) arrays++;
    const key = segment.slice(0, segment.length - 2 * arrays);
    // `users[][]`: step into users, iterate it, then iterate each of its items in place.
    const steps: PathStep[] = [{ key, each: arrays > 0 }];
    for (let i = 1; i < arrays; i++) steps.push({ key: '', each: true });
    return steps;
  });
}

const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Calls `visit` for every object at the end of `path` under `root`, in body order, and says
 * whether the walk was cut short. At most `limit` values are stepped on (objects or not, at every
 * level of the path); the rest stay in `raw`. A parsed text holds each value once, so its walk is
 * linear in its length; an already parsed value may share one array between many items
 * (`Array(n).fill({ data: Array(n) })`), and counting only the objects visited would let such a
 * value cost n² steps.
 */
export function walkPath(
  root: Record<string, unknown>,
  path: EntryPath,
  limit: number,
  visit: (value: Record<string, unknown>, index: number | undefined) => void,
): boolean {
  let steps = 0;
  const step = (node: unknown, depth: number, index: number | undefined): void => {
    if (++steps > limit) return;
    if (depth === path.length) {
      if (isRecord(node)) visit(node, index);
      return;
    }
    const { key, each } = path[depth] as PathStep;
    let next: unknown = node;
    if (key !== '') {
      if (!isRecord(node)) return;
      next = node[key];
      if (next === undefined || !hasOwn(node, key)) return;
    }
    if (!each) return step(next, depth + 1, index);
    if (!Array.isArray(next)) return;
    let i = 0;
    for (; i < next.length && steps < limit; i++) step(next[i], depth + 1, i);
    // Items of this array not stepped on: the walk is cut short.
    if (i < next.length) steps = limit + 1;
  };
  step(root, 0, undefined);
  return steps > limit;
}

/**
 * Whether a body holds a key some path starts with, tested in one pass over the body's own
 * enumerable keys (as Object.keys finds record arrays). A body holds few keys and zoho-crm names
 * 15 paths: probing the body once per path (13 then) had taken a single CRM error from 1.64x to 2.08x
 * JSON.parse; with this test it is 1.7x to 1.8x (bench/run.ts).
 */
export function pathStartTest(paths: readonly EntryPath[]): (body: Record<string, unknown>) => boolean {
  const starts = Object.create(null) as { [key: string]: true | undefined };
  // compilePath gives every path at least one step.
  for (const path of paths) starts[(path[0] as PathStep).key] = true;
  return (body) => {
    for (const key in body) if (starts[key] === true && hasOwn(body, key)) return true;
    return false;
  };
}

/** The entry-path feature of the parser (features.ts): compiled once per parser, walked per response. */
export const entryPathReader: EntryPathFeature = { compile: compilePath, walk: walkPath, starts: pathStartTest };
