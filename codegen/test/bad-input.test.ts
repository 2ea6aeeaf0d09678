/**
 * Bad input never ends in a stack trace. Each row runs the real `errcat` on a repository-shaped
 * folder set up to fail one way, and checks the exit code (1 problems, 2 usage; never 13 or 70),
 * that no stack frame is printed, and what the user reads: a problem with file:line:column, or
 * one line per failure.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errcat, FAULT_PRELOAD, makeRoot, STACK_FRAME, syntheticAs, writeCatalog, type Run } from './helpers/fixture-root.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A root with one good catalog, generated once. */
function generatedRoot(): string {
  const root = makeRoot('errcat-bad-');
  roots.push(root);
  writeCatalog(root, syntheticAs('acme-billing'));
  const run = errcat(root, ['generate']);
  if (run.code !== 0) throw new Error(run.stderr);
  return root;
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A pid no process has: one that has just exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid as number;
}

interface Case {
  readonly name: string;
  /** Sets the folder up; returns the arguments, env and preload of the run. */
  readonly setup: (root: string) => Promise<{ args: string[]; env?: Record<string, string>; preload?: string; root?: string }> | { args: string[]; env?: Record<string, string>; preload?: string; root?: string };
  readonly exit: number;
  /** Every line of stderr, each matched in order (one line per failure). */
  readonly lines?: readonly RegExp[];
  /** Or: the problem lines (`file:line:column pointer [rule] …`) that must appear. */
  readonly problem?: RegExp;
  readonly after?: (root: string, run: Run) => void;
}

let base: string;
beforeAll(() => {
  base = generatedRoot();
}, 60_000);

const CASES: readonly Case[] = [
  {
    name: 'a read-only generated/ (EROFS on every write)',
    setup: (root) => {
      writeCatalog(root, { ...syntheticAs('acme-billing'), api: { ...syntheticAs('acme-billing').api, description: 'Changed.' } });
      return { args: ['generate'], env: { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: '1', ERRCAT_FAULT: 'EROFS' }, preload: FAULT_PRELOAD };
    },
    exit: 1,
    lines: [/^errcat: cannot open .*generated\/\.errcat-lock-\d+: read-only file system \(EROFS\)$/],
  },
  {
    name: 'a read-only generated/ under generate --check: checked without a lock',
    setup: (root) => ({ args: ['generate', '--check'], env: { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: '1', ERRCAT_FAULT: 'EROFS' }, preload: FAULT_PRELOAD }),
    exit: 0,
  },
  {
    name: 'a disk that fills up halfway through the write (ENOSPC): nothing changes',
    setup: (root) => {
      writeCatalog(root, { ...syntheticAs('acme-billing'), api: { ...syntheticAs('acme-billing').api, description: 'Changed.' } });
      return { args: ['generate'], env: { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: '8', ERRCAT_FAULT: 'ENOSPC', ERRCAT_FAULT_CALLS: 'writeFileSync,mkdirSync' }, preload: FAULT_PRELOAD };
    },
    exit: 1,
    lines: [/^errcat: cannot (open|rename|mkdir) .*: no space left on device \(ENOSPC\)$/],
    after: (root) => expect(readFileSync(join(root, 'generated/acme-billing/README.md'), 'utf8')).not.toContain('Changed.'),
  },
  {
    name: '--root naming a folder without catalog/',
    setup: (root) => {
      mkdirSync(join(root, 'empty'));
      return { args: ['validate'], root: join(root, 'empty') };
    },
    exit: 2,
    lines: [/^errcat: no catalog\/ folder in .*empty: run errcat from the repository root, or name it with --root$/],
  },
  {
    name: 'an example nested 100,000 deep',
    setup: (root) => {
      const text = JSON.stringify(syntheticAs('acme-billing'), null, 2).replace('"code": "card.declined",', `"code": "card.declined",\n      "example": ${nested(100_000)},`);
      writeCatalog(root, text, 'acme-billing.json');
      return { args: ['generate'] };
    },
    exit: 1,
    problem: /^catalog\/acme-billing\.json:\d+:\d+ \(document\) \[json-depth\] the JSON nests deeper than 256 levels here$/m,
  },
  {
    name: 'an example nested 100,000 deep, under explain',
    setup: (root) => {
      writeCatalog(root, `{"codes": [${nested(100_000)}]}`, 'deep.json');
      return { args: ['explain', 'acme-billing'] };
    },
    exit: 1,
    problem: /^catalog\/deep\.json:1:\d+ \(document\) \[json-depth\]/m,
  },
  {
    name: 'a folder holding a user file where a generated file belongs',
    setup: (root) => {
      rmSync(join(root, 'generated/acme-billing/README.md'));
      mkdirSync(join(root, 'generated/acme-billing/README.md'));
      writeFileSync(join(root, 'generated/acme-billing/README.md/mine.txt'), 'keep me');
      return { args: ['generate'] };
    },
    exit: 1,
    lines: [/^errcat: generated\/acme-billing\/README\.md is a folder where a generated file belongs, and errcat did not create it: move it away, then run again$/],
    after: (root) => expect(readFileSync(join(root, 'generated/acme-billing/README.md/mine.txt'), 'utf8')).toBe('keep me'),
  },
  {
    name: 'the same, under generate --check: the user file is not called extra output',
    setup: (root) => {
      rmSync(join(root, 'generated/acme-billing/README.md'));
      mkdirSync(join(root, 'generated/acme-billing/README.md'));
      writeFileSync(join(root, 'generated/acme-billing/README.md/mine.txt'), 'keep me');
      return { args: ['generate', '--check'] };
    },
    exit: 1,
    lines: [
      /^blocked: generated\/acme-billing\/README\.md is a folder where a generated file belongs, and errcat did not create it: move it away, then run again$/,
      /^✖ generated\/ is out of date \(0 stale, 0 missing, 0 extra, 1 blocked\): move the blocked files away\.$/,
    ],
  },
  {
    name: 'a catalog/ folder without catalogs: generate removes nothing',
    setup: (root) => {
      for (const name of readdirSync(join(root, 'catalog'))) if (name !== 'catalog.schema.json') rmSync(join(root, 'catalog', name));
      return { args: ['generate'] };
    },
    exit: 1,
    lines: [/^✖ catalog\/ holds no catalog \(a \.json file besides catalog\.schema\.json\): nothing generated, generated\/ left as it is\./],
    after: (root) => expect(existsSync(join(root, 'generated/acme-billing/README.md'))).toBe(true),
  },
  {
    name: 'the same, under generate --check: the refusal, not "run pnpm generate"',
    setup: (root) => {
      for (const name of readdirSync(join(root, 'catalog'))) if (name !== 'catalog.schema.json') rmSync(join(root, 'catalog', name));
      return { args: ['generate', '--check'] };
    },
    exit: 1,
    lines: [/^✖ catalog\/ holds no catalog \(a \.json file besides catalog\.schema\.json\): nothing generated, generated\/ left as it is\./],
  },
  {
    name: 'a broken catalog schema beside a broken catalog: both said, the schema not counted as a catalog',
    setup: (root) => {
      writeFileSync(join(root, 'catalog/catalog.schema.json'), '{\n  "type": "object",\n');
      writeFileSync(join(root, 'catalog/zz-broken.json'), '{"api": ');
      return { args: ['generate'] };
    },
    exit: 1,
    lines: [
      /^catalog\/catalog\.schema\.json:2:\d+ \(document\) \[json-syntax\]/,
      /^ {4}expected: /,
      /^ {4}found: /,
      /^catalog\/zz-broken\.json:1:\d+ \(document\) \[json-syntax\]/,
      /^ {4}expected: /,
      /^ {4}found: /,
      /^✖ 2 problems in 1 catalog and catalog\.schema\.json; nothing generated\.$/,
    ],
  },
  {
    name: 'a user file where a generated folder belongs',
    setup: (root) => {
      rmSync(join(root, 'generated/acme-billing/docs'), { recursive: true });
      writeFileSync(join(root, 'generated/acme-billing/docs'), 'my notes');
      return { args: ['generate'] };
    },
    exit: 1,
    lines: [/^errcat: generated\/acme-billing\/docs is in the way of a generated folder, and errcat did not create it: move it away, then run again$/],
    after: (root) => expect(readFileSync(join(root, 'generated/acme-billing/docs'), 'utf8')).toBe('my notes'),
  },
  {
    name: 'the same, under generate --check',
    setup: (root) => {
      rmSync(join(root, 'generated/acme-billing/docs'), { recursive: true });
      writeFileSync(join(root, 'generated/acme-billing/docs'), 'my notes');
      return { args: ['generate', '--check'] };
    },
    exit: 1,
    problem: /^blocked: generated\/acme-billing\/docs is in the way of a generated folder/m,
  },
  {
    name: 'another live run holding the lock',
    setup: (root) => {
      writeFileSync(join(root, 'generated/.errcat-lock'), `${process.pid} ${hostname()}\n`);
      return { args: ['generate'], env: { ERRCAT_LOCK_WAIT_MS: '300' } };
    },
    exit: 1,
    lines: [/^errcat: another errcat run \(pid \d+\) is writing generated\/ \(lock generated\/\.errcat-lock\); waited 0 s: try again when it ends$/],
    after: (root) => expect(existsSync(join(root, 'generated/.errcat-lock'))).toBe(true),
  },
  {
    name: 'a journal errcat did not write',
    setup: (root) => {
      writeFileSync(join(root, 'generated/.errcat-journal.json'), '{"hello": 1}');
      return { args: ['validate'] };
    },
    exit: 1,
    lines: [/^errcat: generated\/\.errcat-journal\.json is not a journal errcat wrote: look at it, remove it, then run again$/],
  },
  {
    name: 'a journal that is not JSON',
    setup: (root) => {
      writeFileSync(join(root, 'generated/.errcat-journal.json'), '{"errcat": "jou');
      return { args: ['generate'] };
    },
    exit: 1,
    lines: [/^errcat: generated\/\.errcat-journal\.json is not a journal errcat wrote: look at it, remove it, then run again$/],
  },
  {
    name: 'a catalog that is not JSON',
    setup: (root) => {
      writeCatalog(root, '{"api": ', 'acme-billing.json');
      return { args: ['generate'] };
    },
    exit: 1,
    problem: /^catalog\/acme-billing\.json:1:\d+ \(document\) \[json-syntax\]/m,
  },
  {
    name: 'an unknown command',
    setup: () => ({ args: ['generat'] }),
    exit: 2,
    problem: /^errcat: unknown command "generat"$/m,
  },
  {
    name: 'an unknown api under explain',
    setup: () => ({ args: ['explain', 'nope'] }),
    exit: 1,
  },
];

describe('bad input: exit codes and messages, never a stack trace', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const root = makeRoot('errcat-bad-');
      roots.push(root);
      rmSync(root, { recursive: true });
      cpSync(base, root, { recursive: true });
      const { args, env, preload, root: runRoot } = await c.setup(root);
      const run = errcat(runRoot ?? root, args, env, preload);
      expect(run.stderr, 'a stack trace').not.toMatch(STACK_FRAME);
      expect(run.code, run.stderr).toBe(c.exit);
      if (c.lines !== undefined) {
        const lines = run.stderr.split('\n').filter((l) => l !== '');
        expect(lines.length, run.stderr).toBe(c.lines.length);
        c.lines.forEach((re, i) => expect(lines[i]).toMatch(re));
      }
      if (c.problem !== undefined) expect(run.stderr).toMatch(c.problem);
      // Whatever failed, nothing of a run is left in generated/ (a live run's lock aside).
      const left = existsSync(join(root, 'generated')) ? readdirSync(join(root, 'generated')).filter((n: string) => n.startsWith('.errcat-') && n !== '.errcat-lock' && n !== '.errcat-journal.json') : [];
      expect(left).toEqual([]);
      c.after?.(root, run);
    }, 60_000);
  }

  it('a generate whose catalog has a problem exits 1 every time (10 runs; an unsettled await once made it 13)', () => {
    const root = makeRoot('errcat-bad-');
    roots.push(root);
    const catalog = syntheticAs('acme-billing');
    (catalog.codes[0] as Record<string, unknown>).httpStatus = 99;
    writeCatalog(root, catalog);
    const codes = Array.from({ length: 10 }, () => errcat(root, ['generate']).code);
    expect(codes).toEqual(Array(10).fill(1));
  }, 120_000);

  it.each([['empty', ''], ['garbage', 'not a lock\n']])('a lock that names no process (%s) is stale and taken over', (_kind, text) => {
    const root = makeRoot('errcat-bad-');
    roots.push(root);
    rmSync(root, { recursive: true });
    cpSync(base, root, { recursive: true });
    writeFileSync(join(root, 'generated/.errcat-lock'), text);
    const run = errcat(root, ['generate'], { ERRCAT_LOCK_WAIT_MS: '0' });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(root, 'generated')).filter((n: string) => n.startsWith('.errcat-'))).toEqual([]);
  }, 60_000);

  it('a stale lock (its process is gone) is taken over', async () => {
    const root = makeRoot('errcat-bad-');
    roots.push(root);
    rmSync(root, { recursive: true });
    cpSync(base, root, { recursive: true });
    const pid = await deadPid();
    writeFileSync(join(root, 'generated/.errcat-lock'), `${pid} ${hostname()}\n`);
    writeFileSync(join(root, `generated/.errcat-lock-${pid}`), `${pid} ${hostname()}\n`);
    const run = errcat(root, ['generate'], { ERRCAT_LOCK_WAIT_MS: '0' });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(root, 'generated')).filter((n: string) => n.startsWith('.errcat-'))).toEqual([]);
  }, 60_000);
});
