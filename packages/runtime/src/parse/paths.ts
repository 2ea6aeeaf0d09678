/**
 * Entry paths (`envelope.entryPaths`): where a vendor puts entries deeper than the top level or a
 * record array, e.g. `portal_invite[].data[]`, `data[].result.error_message`, or `error` for an
 * error object under a key. `[]` after a segment iterates that array; every object reached at the
 * end of a path is read as an entry, with the position in the last array crossed as its index.
 */
import type { EntryPathFeature } from './features.js';

export interface PathStep {
  readonly key: string;
  readonly each: boolean;
}

export type EntryPath = readonly PathStep[];

export function compilePath(path: string): EntryPath {
  return path.split('.').map((segment) =>
    segment.endsWith('[]') ? { key: segment.slice(0, -2), each: true } : { key: segment, each: false },
  );
}

const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Calls `visit` for every object at the end of `path` under `root`, in body order. At most
 * `limit` objects are visited (the rest are left in `raw`): a path through two arrays of a
 * hostile body must not multiply into millions of entries.
 */
export function walkPath(
  root: Record<string, unknown>,
  path: EntryPath,
  limit: number,
  visit: (value: Record<string, unknown>, index: number | undefined) => void,
): void {
  let visited = 0;
  const step = (node: unknown, depth: number, index: number | undefined): void => {
    if (visited >= limit) return;
    if (depth === path.length) {
      if (isRecord(node)) {
        visited++;
        visit(node, index);
      }
      return;
    }
    if (!isRecord(node)) return;
    const { key, each } = path[depth] as PathStep;
    const next: unknown = node[key];
    if (next === undefined || !hasOwn(node, key)) return;
    if (!each) return step(next, depth + 1, index);
    if (!Array.isArray(next)) return;
    for (let i = 0; i < next.length && visited < limit; i++) step(next[i], depth + 1, i);
  };
  step(root, 0, undefined);
}

/** The entry-path feature of the parser (features.ts): compiled once per parser, walked per response. */
export const entryPathReader: EntryPathFeature = { compile: compilePath, walk: walkPath };
