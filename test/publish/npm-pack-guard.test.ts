/**
 * `npm pack` (and so `npm publish`) of a generated package stops with what to do, instead of
 * packing `"@errcat/runtime": "workspace:^…"`, which no npm can install (EUNSUPPORTEDPROTOCOL);
 * pnpm, which writes the version, packs it (test/publish/packages.ts packs every package so).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/generate.js';

describe('npm pack of a generated package', () => {
  it('is refused with the command that packs it right', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts=false'], {
      cwd: join(ROOT, 'generated', 'zoho-accounts'),
      encoding: 'utf8',
      env: { ...process.env, npm_config_user_agent: '' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('✖ @errcat/zoho-accounts: depends on @errcat/runtime as workspace:^');
    expect(run.stderr).toContain('Pack with `pnpm pack`');
  });
});
