/**
 * cli/signals.ts in a process of its own (a held signal ends the process): a signal sent during a
 * held write is delivered once the write has returned, and the run stops with 130 and its line;
 * once the write is two event-loop turns behind, Ctrl-C ends the process at once, as without
 * errcat's listener (a listener left installed had held Ctrl-C through a whole 7 s generate).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'errcat-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, body: string): ReturnType<typeof spawnSync> {
  const file = join(dir, `${name}.mts`);
  const signals = JSON.stringify(join(ROOT, 'codegen/src/cli/signals.ts'));
  writeFileSync(file, `import { withSignalsHeld } from ${signals};\nconst busy = (ms: number) => { const end = Date.now() + ms; while (Date.now() < end); };\n${body}\n`);
  // tsx as a loader of this node, not its CLI: the CLI runs node as a child and relays signals,
  // so the process under test would not be the one the signal ends.
  return spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

describe('signals held during a write', () => {
  it('a SIGINT sent during the write waits for it to end, then stops the run: exit 130, one line', () => {
    const r = run('during', `withSignalsHeld(() => { process.kill(process.pid, 'SIGINT'); busy(100); console.log('write ended'); });\nsetTimeout(() => console.log('not stopped'), 2000);`);
    expect(r.stdout).toBe('write ended\n');
    expect(r.stderr).toBe('errcat: stopped by SIGINT once its write had ended: nothing is left half written\n');
    expect(r.status).toBe(130);
  });

  it('after a write that threw, the signal leaves the run to report its failure', () => {
    const r = run('failed', `try { withSignalsHeld(() => { process.kill(process.pid, 'SIGTERM'); throw new Error('EIO'); }); } catch { console.log('reported'); }\nsetTimeout(() => console.log('ended normally'), 300);`);
    expect(r.stdout).toBe('reported\nended normally\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('two turns after the write, Ctrl-C ends the process at once (no listener is left)', () => {
    const r = run('after', `withSignalsHeld(() => {});\nsetImmediate(() => setImmediate(() => setImmediate(() => { console.log(process.listenerCount('SIGINT')); process.kill(process.pid, 'SIGINT'); busy(200); console.log('not stopped'); })));`);
    expect(r.stdout).toBe('0\n');
    expect(r.signal).toBe('SIGINT');
  });
});
