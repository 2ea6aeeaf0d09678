/**
 * Generation survives SIGKILL anywhere. The real `errcat generate` runs a change of two
 * packages (one loses a code, so files change and a docs page is deleted; one is new) and is killed
 * (SIGKILL, from a preload that counts errcat's file-system calls under generated/) just before
 * each of its file operations in turn. The next errcat command (generate, validate, explain, diff,
 * generate --check, in turn) must leave every package entirely old or entirely new, and nothing of
 * the run behind. Two copies of the fixture take the kills in turn, so two runs overlap.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errcat,
  errcatAsync,
  FAULT_PRELOAD,
  makeRoot,
  packagePart,
  snapshot,
  STACK_FRAME,
  syntheticAs,
  writeCatalog,
  type Catalog,
} from './helpers/fixture-root.js';

const PACKAGES = ['kill-a', 'kill-b'];
const FOLLOW_UPS: ReadonlyArray<readonly string[]> = [['generate'], ['validate'], ['explain', 'kill-a'], ['diff'], ['generate', '--check']];
const LANES = 2;

let roots: string[] = [];
let pristine: string;
/** The new output, as a branch that committed it would hold it. */
let pristineNew: string;
let oldSnap: Map<string, string>;
let newSnap: Map<string, string>;

function small(id: string): Catalog {
  const c = syntheticAs(id);
  c.codes = c.codes.filter((code) => ['card.declined', 'auth.token-expired', 'rate.limited'].includes(code.code as string));
  c.api.groups = c.api.groups.filter((g) => ['charges', 'auth', 'limits'].includes(g.id));
  return c;
}

function restoreOld(root: string): void {
  rmSync(join(root, 'generated'), { recursive: true, force: true });
  cpSync(pristine, join(root, 'generated'), { recursive: true });
}

const same = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

beforeAll(() => {
  const root = makeRoot('errcat-kill-');
  roots = [root];
  writeCatalog(root, small('kill-a'));
  expect(errcat(root, ['generate']).code).toBe(0);
  oldSnap = snapshot(join(root, 'generated'));
  pristine = mkdtempSync(join(tmpdir(), 'errcat-kill-old-'));
  cpSync(join(root, 'generated'), pristine, { recursive: true });

  const a = small('kill-a');
  a.codes = a.codes.filter((c) => c.code !== 'auth.token-expired');
  writeCatalog(root, a);
  writeCatalog(root, small('kill-b'));
  expect(errcat(root, ['generate']).code).toBe(0);
  newSnap = snapshot(join(root, 'generated'));
  pristineNew = mkdtempSync(join(tmpdir(), 'errcat-kill-new-'));
  cpSync(join(root, 'generated'), pristineNew, { recursive: true });
  restoreOld(root);
  for (let lane = 1; lane < LANES; lane++) {
    const copy = mkdtempSync(join(tmpdir(), 'errcat-kill-'));
    cpSync(root, copy, { recursive: true });
    roots.push(copy);
  }
}, 60_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  rmSync(pristine, { recursive: true, force: true });
  rmSync(pristineNew, { recursive: true, force: true });
});

interface Outcome {
  readonly killed: boolean;
  readonly mixed: number;
  readonly leftovers: boolean;
  readonly old: boolean;
  readonly new: boolean;
  readonly failures: string[];
}

async function killAt(root: string, n: number): Promise<Outcome> {
  restoreOld(root);
  const failures: string[] = [];
  const killed = await errcatAsync(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: String(n) }, FAULT_PRELOAD);
  if (killed.signal !== 'SIGKILL') return { killed: false, mixed: 0, leftovers: false, old: false, new: false, failures: [`kill #${n}: not killed (exit ${killed.code})`] };
  const next = FOLLOW_UPS[n % FOLLOW_UPS.length] as readonly string[];
  const after = await errcatAsync(root, next);
  // generate --check exits 1 when the interrupted run was rolled back (the output is then stale).
  if (STACK_FRAME.test(after.stderr) || after.code === null || after.code > 1 || (next.length === 1 && after.code !== 0)) {
    failures.push(`kill #${n}, then ${next.join(' ')}: exit ${after.code}\n${after.stderr}`);
  }
  const snap = snapshot(join(root, 'generated'));
  const left = [...snap.keys()].filter((k) => k.includes('.errcat-'));
  if (left.length > 0) failures.push(`kill #${n}, then ${next.join(' ')}: left ${left.join(', ')}`);
  let mixed = 0;
  let allOld = true;
  let allNew = true;
  for (const pkg of PACKAGES) {
    const part = packagePart(snap, pkg);
    const isOld = same(part, packagePart(oldSnap, pkg));
    const isNew = same(part, packagePart(newSnap, pkg));
    allOld &&= isOld;
    allNew &&= isNew;
    if (!isOld && !isNew) {
      mixed++;
      failures.push(`kill #${n}, then ${next.join(' ')}: ${pkg} is part old, part new`);
    }
  }
  return { killed: true, mixed, leftovers: left.length > 0, old: allOld, new: allNew, failures };
}

describe('SIGKILL at every file operation of a two-package generate', () => {
  it('the change replaces, adds and deletes files, and creates a package', () => {
    for (const pkg of PACKAGES) expect(same(packagePart(newSnap, pkg), packagePart(oldSnap, pkg)), pkg).toBe(false);
    expect(oldSnap.has('kill-a/docs/codes/auth.md')).toBe(true);
    expect(newSnap.has('kill-a/docs/codes/auth.md')).toBe(false);
    expect(packagePart(oldSnap, 'kill-b').size).toBe(0);
  });

  it('leaves 0 mixed packages and 0 leftovers after a kill before each operation, whatever command runs next', async () => {
    const root = roots[0] as string;
    const countFile = join(tmpdir(), `errcat-kill-count-${process.pid}`);
    const counted = errcat(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: '0', ERRCAT_FAULT_COUNT_FILE: countFile }, FAULT_PRELOAD);
    expect(counted.code, counted.stderr).toBe(0);
    const total = Number(readFileSync(countFile, 'utf8'));
    rmSync(countFile, { force: true });
    expect(snapshot(join(root, 'generated'))).toEqual(newSnap);
    expect(total).toBeGreaterThan(40);

    const outcomes: Outcome[] = [];
    let next = 1;
    await Promise.all(
      roots.map(async (laneRoot) => {
        while (next <= total) outcomes.push(await killAt(laneRoot, next++));
      }),
    );
    const kills = outcomes.filter((o) => o.killed).length;
    const mixed = outcomes.reduce((n, o) => n + o.mixed, 0);
    const leftovers = outcomes.filter((o) => o.leftovers).length;
    const rolledBack = outcomes.filter((o) => o.old).length;
    const completed = outcomes.filter((o) => o.new).length;
    console.log(`crash test: ${total} file operations, ${kills} kills, ${mixed} mixed packages, ${leftovers} runs with leftovers, ${rolledBack} rolled back, ${completed} completed`);
    expect(outcomes.flatMap((o) => o.failures)).toEqual([]);
    expect(kills).toBe(total);
    expect(mixed).toBe(0);
    expect(leftovers).toBe(0);
    // Both ways out were taken: kills before the commit roll back, kills after it complete.
    expect(rolledBack).toBeGreaterThan(0);
    expect(completed).toBeGreaterThan(0);
    expect(rolledBack + completed).toBe(total);
  }, 600_000);
});

describe('Ctrl-C (SIGINT) at every file operation of a two-package generate', () => {
  it('leaves every package whole at once, before any other command: the swap ends first, then the run stops', async () => {
    const root = roots[0] as string;
    const countFile = join(tmpdir(), `errcat-int-count-${process.pid}`);
    restoreOld(root);
    const counted = errcat(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: '0', ERRCAT_FAULT_COUNT_FILE: countFile }, FAULT_PRELOAD);
    expect(counted.code, counted.stderr).toBe(0);
    const total = Number(readFileSync(countFile, 'utf8'));
    rmSync(countFile, { force: true });
    const failures: string[] = [];
    let held = 0;
    let next = 1;
    await Promise.all(
      roots.map(async (laneRoot) => {
        while (next <= total) {
          const n = next++;
          restoreOld(laneRoot);
          const run = await errcatAsync(laneRoot, ['generate'], { ERRCAT_FAULT_DIR: join(laneRoot, 'generated'), ERRCAT_FAULT_AT: String(n), ERRCAT_FAULT: 'SIGINT' }, FAULT_PRELOAD);
          const snap = snapshot(join(laneRoot, 'generated'));
          // No other command has run: what is on disk is what the interrupted run left.
          for (const pkg of PACKAGES) {
            const part = packagePart(snap, pkg);
            if (!same(part, packagePart(oldSnap, pkg)) && !same(part, packagePart(newSnap, pkg))) failures.push(`SIGINT #${n}: ${pkg} is part old, part new`);
          }
          const left = [...snap.keys()].filter((k) => k.includes('.errcat-'));
          if (run.signal === 'SIGINT') {
            // Sent outside the swap (taking or giving back the lock): the run ends as Node ends it.
          } else if (run.code === 130 || run.code === 0) {
            // Held until the swap ended: the run stopped then (130, saying so), or had finished
            // before the loop delivered it (0).
            held++;
            if (run.code === 130 && !run.stderr.includes('errcat: stopped by SIGINT once its write had ended: nothing is left half written')) failures.push(`SIGINT #${n}: exit 130 without its line: ${run.stderr}`);
            if (left.length > 0) failures.push(`SIGINT #${n}: left ${left.join(', ')}`);
            if (!same(snap, newSnap) && !same(snap, oldSnap)) failures.push(`SIGINT #${n}: exit ${run.code}, but the output is neither the old nor the new`);
          } else failures.push(`SIGINT #${n}: exit ${run.code} (${run.signal}): ${run.stderr}`);
        }
      }),
    );
    restoreOld(root);
    console.log(`interrupt test: ${total} file operations, ${held} signals held until the swap ended`);
    expect(failures).toEqual([]);
    // The swap is nearly every file operation; the lock's few are the rest.
    expect(held).toBeGreaterThan(total - 10);
  }, 600_000);
});

/**
 * What git does to generated/ after a kill: `git checkout -- generated && git clean -fd` (or a
 * branch switch) puts tracked files back and leaves the run's ignored `.errcat-*` leftovers.
 */
function gitRestores(root: string, from: string): void {
  const out = join(root, 'generated');
  for (const name of readdirSync(out)) if (!name.startsWith('.errcat-')) rmSync(join(out, name), { recursive: true, force: true });
  for (const name of readdirSync(from)) cpSync(join(from, name), join(out, name), { recursive: true });
}

describe('a killed run whose folder git changed afterwards', () => {
  const outcomeOf = (root: string): 'old' | 'new' | 'mixed' => {
    const snap = snapshot(join(root, 'generated'));
    return same(snap, oldSnap) ? 'old' : same(snap, newSnap) ? 'new' : 'mixed';
  };

  it('is never replayed onto what git put back: every package ends old or new, and the command says what it did', async () => {
    const root = roots[0] as string;
    let committedKills = 0;
    let dropped = 0;
    for (let n = 2; n <= 200 && committedKills < 6; n += 3) {
      restoreOld(root);
      const killed = await errcatAsync(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: String(n) }, FAULT_PRELOAD);
      if (killed.signal !== 'SIGKILL') break;
      // Only a run that committed (its journal in place) would be replayed.
      if (!existsSync(join(root, 'generated', '.errcat-journal.json'))) continue;
      committedKills++;
      for (const [from, label] of [
        [pristine, 'git checkout -- generated'],
        [pristineNew, 'a branch with the new output'],
      ] as const) {
        if (from === pristineNew) {
          // The same kill again, for the second way out.
          restoreOld(root);
          const again = await errcatAsync(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: String(n) }, FAULT_PRELOAD);
          expect(again.signal).toBe('SIGKILL');
        }
        gitRestores(root, from);
        const next = await errcatAsync(root, ['validate']);
        const where = `kill #${n}, ${label}: ${next.stderr}`;
        expect(next.code, where).toBe(0);
        const outcome = outcomeOf(root);
        // Killed before its first move, the run's state is what git restored: finishing it is safe.
        if (next.stderr.includes('errcat: dropped what an interrupted run left in generated/')) {
          dropped++;
          expect(outcome, where).toBe(from === pristine ? 'old' : 'new');
        } else {
          expect(next.stderr, where).toContain('errcat: finished an interrupted run in generated/');
          expect(outcome, where).toBe('new');
        }
        expect(readdirSync(join(root, 'generated')).filter((name) => name.startsWith('.errcat-')), where).toEqual([]);
      }
    }
    expect(committedKills).toBeGreaterThanOrEqual(3);
    expect(dropped).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('a kill before the commit is undone, and the next command says so', async () => {
    const root = roots[0] as string;
    for (let n = 1; n <= 40; n++) {
      restoreOld(root);
      const killed = await errcatAsync(root, ['generate'], { ERRCAT_FAULT_DIR: join(root, 'generated'), ERRCAT_FAULT_AT: String(n) }, FAULT_PRELOAD);
      expect(killed.signal).toBe('SIGKILL');
      const out = join(root, 'generated');
      if (!existsSync(join(out, '.errcat-stage')) || existsSync(join(out, '.errcat-journal.json'))) continue;
      const undone = await errcatAsync(root, ['validate']);
      expect(undone.stderr).toContain('errcat: undid an interrupted run in generated/: it was stopped before it committed');
      expect(outcomeOf(root)).toBe('old');
      return;
    }
    throw new Error('no kill point left staging without a journal');
  }, 60_000);
});
