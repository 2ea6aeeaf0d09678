/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time per function and total
 * (inclusive) time per package, so "where does generation spend its time" is one command:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx codegen/src/cli.ts generate --root <dir>
 *   pnpm exec tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (or project folder) a script URL belongs to. */
export function owner(url: string): string {
  if (url === '') return '(native)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node';
  const local = /\/(codegen\/src\/[^/]+(?:\/[^/]+)?|packages\/[^/]+|bench)\//.exec(url);
  return local ? (local[1] as string) : url;
}

export function summarize(profile: Profile, top = 25): { self: Array<[string, number]>; inclusive: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${owner(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    // Inclusive per package: count a sample once for every package on its stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const o = owner(byId.get(cur)?.callFrame.url ?? '');
      if (!seen.has(o)) {
        seen.add(o);
        inclusive.set(o, (inclusive.get(o) ?? 0) + ms);
      }
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (path === undefined) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile>');
  const { self, inclusive } = summarize(JSON.parse(readFileSync(path, 'utf8')) as Profile);
  console.log('inclusive ms per package/folder:');
  for (const [k, v] of inclusive) console.log(`${v.toFixed(0).padStart(8)}  ${k}`);
  console.log('\nself ms per function:');
  for (const [k, v] of self) console.log(`${v.toFixed(0).padStart(8)}  ${k}`);
}
