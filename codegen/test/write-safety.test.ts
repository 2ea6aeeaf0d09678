/**
 * errcat never removes what it did not create, two runs never write at once, and recover()
 * finishes or undoes a journaled run from whatever state a kill left.
 */
import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../src/emit/files.js';
import { applyPlan, listOwnedFiles, planWrite, recover, WriteRefused, type WriteFs } from '../src/write.js';
import { acquireLock } from '../src/write-lock.js';
import { errcatAsync, makeRoot, snapshot, STACK_FRAME, syntheticAs, writeCatalog } from './helpers/fixture-root.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-safety-'));
  temps.push(dir);
  return dir;
}

const files = (entries: Record<string, string>): GeneratedFile[] => Object.entries(entries).map(([path, contents]) => ({ path, contents }));

describe('errcat never deletes what it did not create', () => {
  it('refuses a folder holding a user file where a generated file belongs, and keeps it', () => {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n', 'pkg/b.ts': 'b\n' })));
    rmSync(join(out, 'pkg/b.ts'));
    mkdirSync(join(out, 'pkg/b.ts'));
    writeFileSync(join(out, 'pkg/b.ts/mine.txt'), 'mine');
    const plan = planWrite(out, files({ 'pkg/a.ts': 'a2\n', 'pkg/b.ts': 'b2\n' }));
    expect(plan.conflicts).toEqual(['generated/pkg/b.ts is a folder where a generated file belongs, and errcat did not create it: move it away, then run again']);
    expect(() => applyPlan(plan)).toThrow(WriteRefused);
    expect(readFileSync(join(out, 'pkg/b.ts/mine.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'pkg/a.ts'), 'utf8')).toBe('a\n');
  });

  it('refuses a file it cannot read (its contents are unknown), and keeps it', () => {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n' })));
    // Running as root makes chmod 000 readable anyway: the read fails through the fs given instead.
    const fs: WriteFs = {
      ...nodeFs,
      readFileSync: ((path: string, options: unknown) => {
        if (path.endsWith('a.ts')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        return nodeFs.readFileSync(path, options as BufferEncoding);
      }) as WriteFs['readFileSync'],
    };
    const plan = planWrite(out, files({ 'pkg/a.ts': 'a2\n' }), fs);
    expect(plan.conflicts).toEqual(['generated/pkg/a.ts cannot be read (EACCES), so errcat will not replace it: fix its permissions or remove it, then run again']);
    expect(() => applyPlan(plan, fs)).toThrow(WriteRefused);
    expect(readFileSync(join(out, 'pkg/a.ts'), 'utf8')).toBe('a\n');
  });

  it('refuses a user file where a generated folder belongs', () => {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n' })));
    writeFileSync(join(out, 'pkg/docs'), 'notes');
    const plan = planWrite(out, files({ 'pkg/a.ts': 'a\n', 'pkg/docs/x.md': 'x\n' }));
    expect(plan.conflicts).toEqual(['generated/pkg/docs is in the way of a generated folder, and errcat did not create it: move it away, then run again']);
    expect(readFileSync(join(out, 'pkg/docs'), 'utf8')).toBe('notes');
  });

  it('leaves links, empty user folders and other tools\' files alone', () => {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n', 'pkg/docs/x.md': 'x\n' })));
    symlinkSync(join(out, 'pkg/a.ts'), join(out, 'pkg/link.ts'));
    mkdirSync(join(out, 'pkg/mine'));
    writeFileSync(join(out, 'pkg/CHANGELOG.md'), 'log');
    expect(listOwnedFiles(out)).toEqual(['pkg/a.ts', 'pkg/docs/x.md']);
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n' })));
    expect(existsSync(join(out, 'pkg/docs'))).toBe(false); // emptied by the run's own deletion
    expect(existsSync(join(out, 'pkg/mine'))).toBe(true);
    expect(existsSync(join(out, 'pkg/link.ts'))).toBe(true);
    expect(readFileSync(join(out, 'pkg/CHANGELOG.md'), 'utf8')).toBe('log');
  });
});

describe('a file errcat would remove must carry its banner', () => {
  const MARK = 'by `pnpm generate`. Do not edit';
  const owned = { bannerMark: MARK, bannerless: ['LICENSE'] };
  const generated = (body: string): string => `// Generated from catalog/x.json ${MARK}: change the catalog.\n${body}`;

  it('refuses, and keeps, a user file in a package or a folder of its own; removes its own stale files and LICENSE', () => {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': generated('a'), 'pkg/old.ts': generated('old'), 'gone/LICENSE': 'MIT', 'gone/b.ts': generated('b') }), undefined, owned));
    writeFileSync(join(out, 'pkg/extra.ts'), 'export const mine = 1;\n');
    mkdirSync(join(out, 'scratch'));
    writeFileSync(join(out, 'scratch/notes.txt'), 'notes');
    const plan = planWrite(out, files({ 'pkg/a.ts': generated('a') }), undefined, owned);
    expect(plan.conflicts).toEqual([
      'generated/pkg/extra.ts has no generated-file banner, so errcat did not write it and will not remove it: move it out of generated/, then run again',
      'generated/scratch/notes.txt has no generated-file banner, so errcat did not write it and will not remove it: move it out of generated/, then run again',
    ]);
    expect(plan.deletes).toEqual(['gone/LICENSE', 'gone/b.ts', 'pkg/old.ts']);
    expect(() => applyPlan(plan)).toThrow(WriteRefused);
    expect(readFileSync(join(out, 'pkg/extra.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(readFileSync(join(out, 'scratch/notes.txt'), 'utf8')).toBe('notes');
    // Moved away, the run removes exactly its own files.
    rmSync(join(out, 'pkg/extra.ts'));
    rmSync(join(out, 'scratch'), { recursive: true });
    applyPlan(planWrite(out, files({ 'pkg/a.ts': generated('a') }), undefined, owned));
    expect(listOwnedFiles(out)).toEqual(['pkg/a.ts']);
  });
});

describe('recover', () => {
  /** A run stopped after `stopAfter` renames (a kill, as far as the disk can tell). */
  function interrupted(stopAfter: number): { out: string; before: Map<string, string>; after: Map<string, string> } {
    const out = tempDir();
    applyPlan(planWrite(out, files({ 'pkg/a.ts': 'a\n', 'pkg/b.ts': 'b\n', 'pkg/old/c.ts': 'c\n' })));
    const before = snapshot(out);
    const next = files({ 'pkg/a.ts': 'A\n', 'pkg/b.ts': 'b\n', 'pkg/new/d.ts': 'd\n', 'other/e.ts': 'e\n' });
    const done = tempDir();
    cpSync(out, done, { recursive: true });
    applyPlan(planWrite(done, next));
    const after = snapshot(done);
    let renames = 0;
    const stop = new Error('stopped');
    const fs: WriteFs = {
      ...nodeFs,
      renameSync: ((from: string, to: string) => {
        if (renames++ === stopAfter) throw stop;
        nodeFs.renameSync(from, to);
      }) as WriteFs['renameSync'],
      // A kill undoes nothing: failures to roll back are simulated by refusing every later call.
      rmSync: (() => {
        if (renames > stopAfter) throw stop;
      }) as WriteFs['rmSync'],
    };
    try {
      applyPlan(planWrite(out, next), fs);
    } catch (error) {
      if (error !== stop) throw error;
    }
    return { out, before, after };
  }

  it('finishes a committed run or drops an uncommitted one, whichever rename it stopped at', () => {
    let completed = 0;
    let rolledBack = 0;
    for (let n = 0; n < 8; n++) {
      const { out, before, after } = interrupted(n);
      const outcome = recover(out);
      const now = snapshot(out);
      expect([...now.keys()].filter((k) => k.includes('.errcat-')), `stop #${n}`).toEqual([]);
      if (outcome === 'completed') {
        completed++;
        expect(now, `stop #${n}`).toEqual(after);
      } else {
        rolledBack++;
        expect(now, `stop #${n}`).toEqual(before);
      }
      expect(recover(out)).toBe('none');
    }
    expect(completed).toBeGreaterThan(0);
    expect(rolledBack).toBeGreaterThan(0);
  });

  it('refuses a journal whose paths leave generated/', () => {
    const out = tempDir();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.errcat-journal.json'), JSON.stringify({ errcat: 'journal', steps: [{ op: 'delete', path: '../outside.txt' }] }));
    writeFileSync(join(out, '..', 'outside.txt'), 'keep');
    expect(() => recover(out)).toThrow(WriteRefused);
    expect(readFileSync(join(out, '..', 'outside.txt'), 'utf8')).toBe('keep');
    rmSync(join(out, '..', 'outside.txt'));
  });
});

describe('the lock', () => {
  let root: string;
  beforeAll(() => {
    root = makeRoot('errcat-lock-');
    temps.push(root);
    writeCatalog(root, syntheticAs('lock-a'));
    writeCatalog(root, syntheticAs('lock-b'));
  });

  it('two concurrent generate runs both succeed, one after the other, and leave nothing behind (3 pairs)', async () => {
    for (let pair = 0; pair < 3; pair++) {
      rmSync(join(root, 'generated'), { recursive: true, force: true });
      const [one, two] = await Promise.all([errcatAsync(root, ['generate']), errcatAsync(root, ['generate'])]);
      for (const run of [one, two]) {
        expect(run.stderr).not.toMatch(STACK_FRAME);
        expect(run.code, run.stderr).toBe(0);
      }
      // One wrote both packages; the other found them fresh.
      const written = [one, two].map((r) => /(\d+) written/.exec(r.stdout)?.[1]);
      const files = (readdirSync(join(root, 'generated'), { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean }>).filter((e) => e.isFile()).length;
      expect(written.sort((a, b) => Number(a) - Number(b))).toEqual(['0', String(files)]);
      expect(readdirSync(join(root, 'generated')).sort()).toEqual(['lock-a', 'lock-b']);
    }
  }, 120_000);
});

describe('a stale lock is taken over, whoever has its pid now', () => {
  const lockIn = (dir: string) => join(dir, '.errcat-lock');
  const waitMs = process.env.ERRCAT_LOCK_WAIT_MS;
  beforeAll(() => {
    process.env.ERRCAT_LOCK_WAIT_MS = '200';
  });
  afterAll(() => {
    if (waitMs === undefined) delete process.env.ERRCAT_LOCK_WAIT_MS;
    else process.env.ERRCAT_LOCK_WAIT_MS = waitMs;
  });

  it("one naming this process's pid was left by an earlier process that had it (in a container every run is pid 1)", () => {
    const dir = tempDir();
    writeFileSync(lockIn(dir), `${process.pid} ${hostname()}\n`);
    const release = acquireLock(dir);
    expect(readFileSync(lockIn(dir), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
    expect(existsSync(lockIn(dir))).toBe(false);
  });

  it('one whose process was killed but not reaped (a zombie) is stale: kill(pid, 0) still answers for it', async () => {
    // `sleep 0` is a child of the shell, which then becomes `sleep 30` by exec and never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()))));
      const stateOf = () => readFileSync(`/proc/${pid}/stat`, 'utf8').slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ');
      for (let i = 0; i < 100 && stateOf()[0] !== 'Z'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const [state] = stateOf();
      expect(state).toBe('Z');
      expect(() => process.kill(pid, 0)).not.toThrow();
      const dir = tempDir();
      writeFileSync(lockIn(dir), `${pid} ${hostname()} ${stateOf()[19]}\n`);
      acquireLock(dir)();
      expect(existsSync(lockIn(dir))).toBe(false);
    } finally {
      parent.kill();
    }
  });

  it('one whose pid now belongs to a process that started later is stale; the process that wrote it is not', async () => {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => sleeper.once('spawn', resolve));
      const dir = tempDir();
      // The live process's real start time (field 22 of /proc/<pid>/stat) is what a run of it would have written.
      const stat = readFileSync(`/proc/${sleeper.pid}/stat`, 'utf8');
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      writeFileSync(lockIn(dir), `${sleeper.pid} ${hostname()} ${start}\n`);
      expect(() => acquireLock(dir)).toThrow(/^another errcat run \(pid \d+\) is writing generated\/ \(lock generated\/\.errcat-lock\); waited 0 s: try again when it ends$/);
      // The same pid with another start time: a process that had the pid before, now gone.
      writeFileSync(lockIn(dir), `${sleeper.pid} ${hostname()} 1\n`);
      acquireLock(dir)();
      expect(existsSync(lockIn(dir))).toBe(false);
    } finally {
      sleeper.kill();
    }
  });

  it("one from another host cannot be checked: the message says how to remove it", () => {
    const dir = tempDir();
    writeFileSync(lockIn(dir), '4242 buildbox-old\n');
    expect(() => acquireLock(dir, undefined, 'site/pages/')).toThrow(
      'an errcat run on buildbox-old (pid 4242) is writing site/pages/ (lock site/pages/.errcat-lock); waited 0 s: try again when it ends, or remove site/pages/.errcat-lock if no run is under way there',
    );
  });
});

describe("an editor's copy of a generated file", () => {
  it('is refused, never removed as stale output, though it carries the banner', () => {
    const out = tempDir();
    const banner = '// generated by errcat: do not edit\n';
    const ownership = { bannerMark: 'generated by errcat' };
    applyPlan(planWrite(out, files({ 'pkg/a.ts': `${banner}a\n` }), undefined, ownership));
    for (const copy of ['a.ts~', '#a.ts#', 'a.ts.orig', 'a.ts.rej', 'a.ts.bak', '.a.ts.swp']) {
      writeFileSync(join(out, 'pkg', copy), `${banner}a\n// my unsaved note\n`);
      const plan = planWrite(out, files({ 'pkg/a.ts': `${banner}a\n` }), undefined, ownership);
      expect(plan.deletes).toEqual([]);
      expect(plan.conflicts).toEqual([
        `generated/pkg/${copy} looks like an editor's or merge tool's copy of a generated file (a name errcat never writes), so errcat will not remove it: move it out, then run again`,
      ]);
      expect(() => applyPlan(plan)).toThrow(WriteRefused);
      expect(readFileSync(join(out, 'pkg', copy), 'utf8')).toContain('my unsaved note');
      rmSync(join(out, 'pkg', copy));
    }
  });
});
