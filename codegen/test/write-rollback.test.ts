/**
 * A generation run changes every file it must, or nothing. The run below updates a package
 * (changed, added and deleted files) and creates a second one in new folders; a failure is
 * injected at every single write and every single rename in turn, and each time the output
 * folder must be byte-identical to before, with no staged or backup files left behind.
 */
import * as nodeFs from 'node:fs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../src/emit/files.js';
import { emitAll, loadAndValidate } from '../src/pipeline.js';
import { applyPlan, planWrite, type WriteFs } from '../src/write.js';
import { snapshot } from './helpers/fixture-root.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYNTHETIC = join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json');

let work: string;
let outDir: string;
let before: Map<string, string>;
let next: GeneratedFile[];

async function generate(catalogFiles: string[]): Promise<GeneratedFile[]> {
  const result = loadAndValidate({ root: ROOT, catalogFiles, outDir });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
  return emitAll(result.apis, ROOT);
}

type Op = 'writeFileSync' | 'renameSync';

/** The real fs, except that the nth call of `op` fails (a write leaves half its bytes behind first, like a full disk). */
function failingAt(op: Op, n: number): WriteFs & { calls: () => number } {
  let calls = 0;
  const fs: WriteFs = {
    mkdirSync: nodeFs.mkdirSync,
    rmSync: nodeFs.rmSync,
    readFileSync: nodeFs.readFileSync,
    readdirSync: nodeFs.readdirSync,
    existsSync: nodeFs.existsSync,
    lstatSync: nodeFs.lstatSync,
    writeFileSync: ((path: string, data: string) => {
      if (op === 'writeFileSync' && ++calls === n) {
        nodeFs.writeFileSync(path, data.slice(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      }
      nodeFs.writeFileSync(path, data);
    }) as WriteFs['writeFileSync'],
    renameSync: ((from: string, to: string) => {
      if (op === 'renameSync' && ++calls === n) throw Object.assign(new Error(`EBUSY: resource busy, rename '${from}'`), { code: 'EBUSY' });
      nodeFs.renameSync(from, to);
    }) as WriteFs['renameSync'],
  };
  return Object.assign(fs, { calls: () => calls });
}

/** How many times applyPlan calls `op` when nothing fails. */
function countCalls(op: Op): number {
  const copy = mkdtempSync(join(tmpdir(), 'errcat-write-count-'));
  try {
    cpSync(outDir, copy, { recursive: true });
    const fs = failingAt(op, Number.POSITIVE_INFINITY);
    applyPlan(planWrite(copy, next), fs);
    return fs.calls();
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'errcat-write-'));
  outDir = join(work, 'generated');
  const catalog = join(work, 'acme-billing.json');
  cpSync(SYNTHETIC, catalog);
  applyPlan(planWrite(outDir, await generate([catalog])));
  // Build output and installed dependencies are not the generator's: they must survive untouched.
  mkdirSync(join(outDir, 'acme-billing/dist/esm'), { recursive: true });
  writeFileSync(join(outDir, 'acme-billing/dist/esm/index.js'), 'export {};\n');
  before = snapshot(outDir);

  // The next run: a reworded message, a removed code (the only one of its group, so its docs page
  // goes), a new code in a new group (a new page), and a second API in new folders.
  const data = JSON.parse(readFileSync(SYNTHETIC, 'utf8')) as {
    api: { id: string; packageName: string; title: string; groups: Array<{ id: string; title: string }> };
    codes: Array<Record<string, unknown>>;
  };
  const changed = structuredClone(data);
  changed.codes = changed.codes.filter((c) => c.code !== 'auth.token-expired');
  const rate = changed.codes.find((c) => c.code === 'rate.limited') as Record<string, unknown>;
  rate.message = 'Too many requests; slow down.';
  changed.api.groups.push({ id: 'quota', title: 'Quota' });
  changed.codes.push({ ...rate, code: 'rate.daily-quota', name: 'DAILY_QUOTA', message: 'Daily quota used up.', group: 'quota' });
  writeFileSync(catalog, JSON.stringify(changed));
  const second = structuredClone(data);
  second.api.id = 'acme-payouts';
  second.api.packageName = '@errcat/acme-payouts';
  second.api.title = 'Acme Payouts API';
  const secondFile = join(work, 'acme-payouts.json');
  writeFileSync(secondFile, JSON.stringify(second));
  next = await generate([catalog, secondFile]);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('applyPlan is all or nothing', () => {
  it('the next run changes, adds and deletes files, and creates folders', () => {
    const plan = planWrite(outDir, next);
    expect(plan.deletes).toContain('acme-billing/docs/codes/auth.md');
    expect(plan.writes.map((w) => w.path)).toContain('acme-billing/docs/codes/quota.md');
    expect(plan.writes.map((w) => w.path)).toContain('acme-billing/src/entries.ts');
    expect(plan.writes.some((w) => w.path.startsWith('acme-payouts/docs/codes/'))).toBe(true);
  });

  for (const op of ['writeFileSync', 'renameSync'] as const) {
    it(`leaves the output byte-identical when any ${op} fails`, () => {
      const total = countCalls(op);
      expect(total).toBeGreaterThan(20);
      for (let n = 1; n <= total; n++) {
        const fs = failingAt(op, n);
        expect(() => applyPlan(planWrite(outDir, next), fs), `${op} #${n}`).toThrow(op === 'renameSync' ? /EBUSY/ : /ENOSPC/);
        const after = snapshot(outDir);
        const leftovers = [...after.keys()].filter((k) => k.includes('.errcat-'));
        expect(leftovers, `${op} #${n} left staged or backup files`).toEqual([]);
        expect(after, `${op} #${n} changed the output`).toEqual(before);
      }
    });
  }

  it('applies the whole plan when nothing fails, and keeps files it does not own', () => {
    const copy = mkdtempSync(join(tmpdir(), 'errcat-write-ok-'));
    try {
      cpSync(outDir, copy, { recursive: true });
      applyPlan(planWrite(copy, next));
      const after = snapshot(copy);
      for (const f of next) expect(after.get(f.path), f.path).toBe(Buffer.from(f.contents, 'utf8').toString('latin1'));
      expect(after.get('acme-billing/dist/esm/index.js')).toBe('export {};\n');
      expect(after.has('acme-billing/docs/codes/auth.md')).toBe(false);
      expect([...after.keys()].filter((k) => k.includes('.errcat-'))).toEqual([]);
      expect(planWrite(copy, next).writes).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
