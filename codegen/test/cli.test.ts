/**
 * The real `errcat` binary (node codegen/bin/errcat.mjs), run in temp repository-shaped folders:
 * exit codes, summaries, every problem at once, untouched output on failure, explain, and diff
 * with changesets in a temp git repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeList } from '../src/cli/explain.js';
import { WORDS_PLACEHOLDER } from '../src/diff/changesets.js';
import { loadAndValidate } from '../src/pipeline.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'codegen/bin/errcat.mjs');
const SYNTHETIC = join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json');
const BROKEN = join(ROOT, 'codegen/test/fixtures/broken');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function errcat(cwd: string, ...args: string[]): Run {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A folder shaped like the repository: the schema, the runtime's package.json and the given catalogs. */
function repoWith(catalogs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-cli-'));
  temps.push(dir);
  mkdirSync(join(dir, 'catalog'));
  mkdirSync(join(dir, 'packages/runtime'), { recursive: true });
  cpSync(join(ROOT, 'catalog/catalog.schema.json'), join(dir, 'catalog/catalog.schema.json'));
  cpSync(join(ROOT, 'packages/runtime/package.json'), join(dir, 'packages/runtime/package.json'));
  for (const [name, text] of Object.entries(catalogs)) writeFileSync(join(dir, 'catalog', name), text);
  return dir;
}

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        out.set(`${relative(dir, p)}/`, '');
        walk(p);
      } else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const synthetic = readFileSync(SYNTHETIC, 'utf8');
const broken = (name: string): string => readFileSync(join(BROKEN, `${name}.json`), 'utf8').replace('"../../../../catalog/', '"./');

describe('usage', () => {
  it('prints help with exit 0, and the version', () => {
    const help = errcat(ROOT, '--help');
    expect(help.code).toBe(0);
    for (const command of ['generate [--check]', 'validate', 'explain <api> [<code>]', 'diff [<git-ref>]', '--write-changeset', '--require-changeset'])
      expect(help.stdout).toContain(command);
    expect(errcat(ROOT, '--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
    [['generate', '--force'], 'unknown option --force for "generate"'],
    [['validate', 'extra'], 'unexpected argument "extra"'],
    [['explain'], '"explain" needs <api>'],
    [['explain', 'hyper', '7', '8'], 'unexpected argument "8"'],
    [['diff', '--root'], '--root needs a folder'],
    [['diff', '-x'], 'unknown option -x'],
  ])('errcat %j is a usage error: exit 2', (args, message) => {
    const run = errcat(ROOT, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`errcat: ${message}`);
    expect(run.stderr).toContain('usage: errcat <command>');
    expect(run.stdout).toBe('');
  });
});

describe('validate', () => {
  it('passes on the real catalogs with a summary line and no colors off a terminal', () => {
    const run = errcat(ROOT, 'validate');
    expect(run.code).toBe(0);
    // Counted from catalog/, not hard-coded: adding an API must not break this test (issue 15).
    const catalogs = readdirSync(join(ROOT, 'catalog')).filter((f) => f.endsWith('.json') && f !== 'catalog.schema.json').length;
    expect(run.stdout).toMatch(new RegExp(`^✔ ${catalogs} catalogs?, \\d+ codes: no problems \\(\\d+ ms\\)\\.\\n$`));
    expect(run.stdout).not.toContain('\u001b[');
    expect(errcat(ROOT, 'validate', '--color').stdout).toContain('\u001b[32m✔');
  });

  it('reports every problem of every catalog at once, sorted, with exit 1', () => {
    const dir = repoWith({
      'a.json': broken('many-problems'),
      'b.json': broken('json-trailing-comma'),
      'c.json': broken('schema-additional-properties'),
    });
    const run = errcat(dir, 'validate');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const heads = run.stderr.split('\n').filter((l) => /^catalog\//.test(l));
    expect(heads.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'catalog/a.json:34:21 /codes/0/httpStatus [kind-status]',
      'catalog/a.json:49:18 /codes/1/message [placeholder-count]',
      'catalog/a.json:87:21 /codes/2/httpStatus [schema/type]',
      'catalog/b.json:40:28 (document) [json-syntax]',
      'catalog/c.json:43:7 /codes/0/descripton [schema/additionalProperties]',
    ]);
    expect(run.stderr).toContain('    expected: integer\n    found:    string "429"');
    expect(run.stderr.trimEnd().split('\n').pop()).toBe('✖ 5 problems in 3 catalogs.');
  });
});

describe('generate', () => {
  it('writes packages, reports freshness, and changes nothing under generated/ when a catalog is broken', () => {
    const dir = repoWith({ 'acme-billing.json': synthetic });
    const first = errcat(dir, 'generate');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^✔ 1 package, 6 codes; (\d+) files: \1 written, 0 removed, 0 unchanged \(\d+ ms\)\.\n$/);
    expect(errcat(dir, 'generate', '--check').code).toBe(0);
    const before = tree(join(dir, 'generated'));
    expect(before.has('acme-billing/src/codes.ts')).toBe(true);

    // A valid edit makes the output stale; --check says so and writes nothing.
    writeFileSync(join(dir, 'catalog/acme-billing.json'), synthetic.replace('"Too many requests."', '"Too many requests; slow down."'));
    const stale = errcat(dir, 'generate', '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale:   generated/acme-billing/src/entries.ts');
    expect(tree(join(dir, 'generated'))).toEqual(before);

    // A broken catalog: exit 1, the problem, and not one byte of generated/ changes.
    writeFileSync(join(dir, 'catalog/acme-billing.json'), synthetic.replace('"Too many requests."', '"Too many %s."'));
    const failed = errcat(dir, 'generate');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('[placeholder-count] message has 1 %s but 0 parameters');
    expect(failed.stderr).toContain('✖ 1 problem in 1 catalog; nothing generated.');
    expect(tree(join(dir, 'generated'))).toEqual(before);
  });
});

describe('explain', () => {
  it('explains a code given zero-padded, with every section the catalog has', () => {
    const run = errcat(ROOT, 'explain', 'hyper', '007');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(007 is code 7)');
    expect(run.stdout).toContain('hyper 7 · REQUIRED_FIELDS_MISSING  (@errcat/hyper)');
    expect(run.stdout).toMatch(/HTTP status +400/);
    expect(run.stdout).toMatch(/Kind +error/);
    expect(run.stdout).toMatch(/Retry +never — /);
    for (const section of ['\nDescription\n', '\nFix\n', '\nExample\n', '\nIn code\n']) expect(run.stdout).toContain(section);
    expect(run.stdout).toContain('Docs    https://errcat.github.io/errcat/hyper/common.html#required_fields_missing');
  });

  it('names the page of a variant that none of the code sources document', () => {
    const run = errcat(ROOT, 'explain', 'zoho-creator-rest', '1040');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nSource {2}API Status Codes \| Zoho Creator REST API v2\.1 \(https:[^\n]*\)\n/);
    expect(run.stdout).toContain('Source  Zoho Creator API v2 OpenAPI Specification (the JSON file this page offers for download) (https://www.zoho.com/creator/help/api/v2/openapi-specification.html), for variant 2');
    // Variant 1 cites the code's own page: no line of its own.
    expect(run.stdout).not.toContain('for variant 1');
    // Several variants of one page: one line that names them all.
    const crm = errcat(ROOT, 'explain', 'zoho-crm', 'DUPLICATE_DATA');
    expect(crm.stdout).toMatch(/\nSource {2}Zoho CRM OpenAPI specification v8\.0[^\n]*, for variants 1, 2\n/);
  });

  it('shows what the catalog says of each variant, and lists each page once', () => {
    // No description of the code itself: its variants' descriptions stand for it.
    const success = errcat(ROOT, 'explain', 'zoho-creator-rest', '3000');
    expect(success.code).toBe(0);
    expect(success.stdout).not.toContain('The vendor gives no description of this code.');
    expect(success.stdout).toMatch(/\nDescription\n {2}Variant 1: \S[^\n]*\n {2}Variant 2: \S[^\n]*\n {2}Variant 3: \S/);
    const sources = (out: string): string[] => out.split('\n').filter((line) => line.startsWith('Source  ')).map((line) => line.replace(/, for variants? [\d, ]+$/, ''));
    for (const out of [success.stdout, errcat(ROOT, 'explain', 'zoho-crm', 'DUPLICATE_DATA').stdout]) expect(sources(out)).toEqual([...new Set(sources(out))]);
    expect(success.stdout).toMatch(/\nSource {2}Add Records[^\n]*, for variant 1\n/);
    // A variant's parameter comes with its description.
    const mandatory = errcat(ROOT, 'explain', 'zoho-creator-rest', '1000');
    expect(mandatory.stdout).toMatch(/\nParameters\n {2}Variant 1:\n {4}1\. parameter — \S/);
    expect(mandatory.stdout).toMatch(/\n {2}Variant 1: \S/);
  });

  it('lists the codes with a name only where it is not the code itself, as the README table does', () => {
    const crm = errcat(ROOT, 'explain', 'zoho-crm');
    expect(crm.code).toBe(0);
    const line = (out: string, code: string): string => out.split('\n').find((l) => l.startsWith(`  ${code} `)) ?? '';
    expect(line(crm.stdout, 'DUPLICATE_DATA').match(/DUPLICATE_DATA/g)).toHaveLength(1);
    expect(line(crm.stdout, 'failure_in_attachment_handling')).toMatch(/^ {2}failure_in_attachment_handling +FAILURE_IN_ATTACHMENT_HANDLING +400 /);
    expect(line(errcat(ROOT, 'explain', 'hyper').stdout, '7')).toMatch(/^ {2}7 +REQUIRED_FIELDS_MISSING +400 +error /);
    // Where every name is its code, the column goes (no run of blanks in every line).
    const loaded = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, 'test/fixtures/mini/mini.json')], outDir: join(ROOT, '.errcat-none') });
    if (!loaded.ok) throw new Error('mini fixture must be valid');
    const model = (loaded.apis[0] as (typeof loaded.apis)[number]).model;
    const list = codeList({ ...model, codes: model.codes.map((c) => ({ ...c, name: String(c.code) })) });
    expect(list.split('\n')[0]).toMatch(/^ {2}\d+ {2}\d{3} {2}\w/);
  });

  it('accepts aliases and names, and shows parameters, details, deprecation and retry advice', () => {
    const dir = repoWith({ 'acme-billing.json': synthetic });
    const alias = errcat(dir, 'explain', 'acme-billing', 'auth.expired');
    expect(alias.code).toBe(0);
    expect(alias.stdout).toContain('(auth.expired is an alias of "auth.token-expired")');
    expect(alias.stdout).toMatch(/Retry +after-reauth \(refresh the access token\) — Refresh the access token, then\s+retry\./);

    const card = errcat(dir, 'explain', 'acme-billing', 'CARD_DECLINED');
    expect(card.code).toBe(0);
    expect(card.stdout).toContain('(CARD_DECLINED is the name of "card.declined")');
    expect(card.stdout).toContain('1. last4 — Last four digits of the card. (example "4242")');
    expect(card.stdout).toMatch(/declineCode +"insufficient_funds" \| "card_blocked" \| "suspected_fraud" +required +The issuer's decline code\./);
    expect(card.stdout).toContain("formatMessage(CARD_DECLINED, '4242', 'insufficient funds');");
    // A code with documented details shows how a parsed error gets them typed.
    expect(card.stdout).toContain("import { CARD_DECLINED, detailsOf, formatMessage, lookup } from '@errcat/acme-billing';");
    expect(card.stdout).toContain('if (err.code === CARD_DECLINED) detailsOf(err);');

    const legacy = errcat(dir, 'explain', 'acme-billing', 'charge.legacy-declined');
    expect(legacy.stdout).toMatch(/Deprecated +API version 1 only\. Use "card\.declined" instead\./);
    const limited = errcat(dir, 'explain', 'acme-billing', 'rate.limited');
    expect(limited.stdout.replace(/\s+/g, ' ')).toContain('Honour Retry-After when present. Retry after a delay (30 s when the response has no Retry-After).');
  });

  it('says when only the case differs, and which other API has a code it was asked for', () => {
    const crm = errcat(ROOT, 'explain', 'zoho-crm', 'invalid_token');
    expect(crm.code).toBe(0);
    expect(crm.stdout).toContain('(codes are case-sensitive: the API sends "INVALID_TOKEN")');
    const dir = repoWith({ 'acme-billing.json': synthetic });
    const name = errcat(dir, 'explain', 'acme-billing', 'card_declined');
    expect(name.stdout).toContain('(card_declined is, but for case, the name CARD_DECLINED of "card.declined")');
    const leftOut = errcat(ROOT, 'explain', '9450');
    expect(leftOut.code).toBe(1);
    expect(leftOut.stderr).toContain('9450 is a code of zoho-creator: errcat explain zoho-creator 9450');
    const spaced = errcat(ROOT, 'explain', 'access denied');
    expect(spaced.stderr).toContain(`access denied is in zoho-accounts (codes are case-sensitive: the API sends "Access Denied"): errcat explain zoho-accounts 'Access Denied'`);
    const wrongApi = errcat(ROOT, 'explain', 'zoho-crm', '9450');
    expect(wrongApi.code).toBe(1);
    expect(wrongApi.stderr).toContain('9450 is a code of zoho-creator: errcat explain zoho-creator 9450');
  });

  it('stops quietly when its reader is gone (a closed pipe): no stack trace, its own exit code', () => {
    // The reader is gone before errcat writes (`true` reads nothing and exits), so the write
    // fails with EPIPE every time: a `head -1` would usually drain the ~25 KB before exiting.
    const run = spawnSync('bash', ['-c', `(sleep 0.3; "${process.execPath}" "${BIN}" explain zoho-crm) | true; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('suggests the nearest codes, or APIs, when not found: exit 1', () => {
    const code = errcat(ROOT, 'explain', 'zoho-crm', 'INVALID_DAT');
    expect(code.code).toBe(1);
    expect(code.stderr).toContain('✖ zoho-crm has no code "INVALID_DAT".');
    expect(code.stderr.split('did you mean:\n')[1]?.split('\n')[0]).toMatch(/^ +"INVALID_DATA" +INVALID_DATA /);
    const api = errcat(ROOT, 'explain', 'zoho-crn', 'X');
    expect(api.code).toBe(1);
    expect(api.stderr).toContain('no API "zoho-crn" (did you mean "zoho-crm"?)');
  });

  it('lists the codes of an API when no code is given', () => {
    const run = errcat(ROOT, 'explain', 'hyper');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n +7 +REQUIRED_FIELDS_MISSING +400 +error +Please fill up the required fields\./);
  });
});

describe('diff', () => {
  function gitRepo(branch = 'main'): { dir: string; git: (...args: string[]) => string } {
    const dir = repoWith({ 'acme-billing.json': synthetic });
    const git = (...args: string[]): string => {
      const r = spawnSync('git', ['-c', 'user.name=errcat test', '-c', 'user.email=test@errcat.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    git('init', '-q', '-b', branch);
    git('add', '.');
    git('commit', '-q', '-m', 'catalog');
    return { dir, git };
  }

  /** What a maintainer does after --write-changeset: a sentence for users where the file asks for one. */
  const writeWords = (dir: string): void => {
    for (const name of readdirSync(join(dir, '.changeset'))) {
      const path = join(dir, '.changeset', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(WORDS_PLACEHOLDER, 'What changed, in words.'));
    }
  };
  const edit = (dir: string, from: string, to: string): void => {
    const path = join(dir, 'catalog/acme-billing.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };

  it('classifies branch changes, requires a changeset of that level, and writes one', () => {
    const { dir, git } = gitRepo();
    git('checkout', '-q', '-b', 'feature');
    edit(dir, '"name": "RATE_LIMITED"', '"name": "THROTTLED"');
    edit(dir, '"message": "Currency %s is not supported."', '"message": "Currency %s is not supported here."');
    git('commit', '-q', '-am', 'rename');

    const diff = errcat(dir, 'diff');
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^Catalogs at merge base with main \([0-9a-f]{10}\) → working tree\n/);
    expect(diff.stdout).toContain('@errcat/acme-billing  major\n');
    expect(diff.stdout).toContain('  major  code "rate.limited" (THROTTLED): renamed RATE_LIMITED → THROTTLED');
    expect(diff.stdout).toContain('  patch  code "currency.unsupported" (CURRENCY_UNSUPPORTED): message');

    const missing = errcat(dir, 'diff', '--require-changeset');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('✖ @errcat/acme-billing needs a major changeset; .changeset/ has none.');

    mkdirSync(join(dir, '.changeset'));
    writeFileSync(join(dir, '.changeset/README.md'), '---\n"@errcat/acme-billing": major\n---\nREADME.md is not a changeset.\n');
    writeFileSync(join(dir, '.changeset/small.md'), '---\n"@errcat/acme-billing": minor\n---\n\nToo small.\n');
    const tooSmall = errcat(dir, 'diff', '--require-changeset');
    expect(tooSmall.code).toBe(1);
    expect(tooSmall.stderr).toContain('needs a major changeset; .changeset/ has only minor.');

    const written = errcat(dir, 'diff', '--write-changeset');
    expect(written.code).toBe(0);
    const name = `errcat-acme-billing-${git('rev-parse', 'HEAD').trim().slice(0, 10)}.md`;
    expect(written.stdout).toContain(`✔ wrote .changeset/${name} (@errcat/acme-billing: major)`);
    expect(readFileSync(join(dir, '.changeset', name), 'utf8')).toMatch(/^---\n"@errcat\/acme-billing": major\n---\n/);
    // The file asks for a sentence for users, and the check holds it to that.
    const wordless = errcat(dir, 'diff', '--require-changeset');
    expect(wordless.code).toBe(1);
    expect(wordless.stderr).toContain(`✖ .changeset/${name} has no sentence for users: replace its TODO line (or add a paragraph before the list) with what changed for them.`);
    writeWords(dir);
    const ok = errcat(dir, 'diff', '--require-changeset');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('✔ every changed package has a changeset of at least the bump it needs.');
  });

  it('below 1.0.0 asks one level less: a breaking change is a minor release of 0.y.z, anything a patch of 0.0.z', () => {
    const { dir, git } = gitRepo();
    git('checkout', '-q', '-b', 'feature');
    edit(dir, '"name": "RATE_LIMITED"', '"name": "THROTTLED"');
    git('commit', '-q', '-am', 'rename');
    const pkg = (version: string): void => {
      mkdirSync(join(dir, 'generated/acme-billing'), { recursive: true });
      writeFileSync(join(dir, 'generated/acme-billing/package.json'), JSON.stringify({ name: '@errcat/acme-billing', version }));
    };
    pkg('0.3.1');
    const diff = errcat(dir, 'diff', '--no-color');
    expect(diff.stdout).toContain('@errcat/acme-billing  major (below 1.0.0: a minor release)\n');
    const none = errcat(dir, 'diff', '--require-changeset');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('✖ @errcat/acme-billing needs a minor changeset (major changes, below 1.0.0); .changeset/ has none.');
    const written = errcat(dir, 'diff', '--write-changeset');
    expect(written.stdout).toContain('(@errcat/acme-billing: minor)');
    const name = `errcat-acme-billing-${git('rev-parse', 'HEAD').trim().slice(0, 10)}.md`;
    expect(readFileSync(join(dir, '.changeset', name), 'utf8')).toMatch(/^---\n"@errcat\/acme-billing": minor\n---\n\nTODO: .*\n\nCatalog changes \(major, a minor release below 1\.0\.0\)/);
    writeWords(dir);
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);
    // From 1.0.0 the level is the bump: the minor changeset no longer suffices.
    pkg('1.0.0');
    const one = errcat(dir, 'diff', '--require-changeset');
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('✖ @errcat/acme-billing needs a major changeset; .changeset/ has only minor.');
    // 0.0.z: every release is breaking for `^0.0.z`, so a patch is enough.
    pkg('0.0.4');
    writeFileSync(join(dir, '.changeset', name), '---\n"@errcat/acme-billing": patch\n---\n\nRenamed.\n');
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);
  });

  it('--write-changeset never overwrites a changeset of an earlier commit: a pending minor keeps its bump and notes', () => {
    const { dir, git } = gitRepo();
    const head = (): string => git('rev-parse', 'HEAD').trim().slice(0, 10);
    const changesets = (): string[] => readdirSync(join(dir, '.changeset')).sort();
    // On main: an alias added (minor), its changeset written and committed, not yet released.
    edit(dir, '"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]');
    const first = `errcat-acme-billing-${head()}.md`;
    expect(errcat(dir, 'diff', '--write-changeset').stdout).toContain(`✔ wrote .changeset/${first} (@errcat/acme-billing: minor)`);
    const pending = readFileSync(join(dir, '.changeset', first), 'utf8');
    expect(pending).toContain('- minor: code "auth.token-expired" (TOKEN_EXPIRED): alias "token.expired" added');
    git('add', '-A');
    git('commit', '-q', '-m', 'alias, with its changeset');
    // The next change is a patch: its changeset is a second file, the pending minor stays as it was.
    edit(dir, '"message": "Currency %s is not supported."', '"message": "Currency %s is not supported here."');
    const second = `errcat-acme-billing-${head()}.md`;
    expect(second).not.toBe(first);
    expect(errcat(dir, 'diff', '--write-changeset').stdout).toContain(`✔ wrote .changeset/${second} (@errcat/acme-billing: patch)`);
    // Run again before committing: it replaces its own file, adding none.
    expect(errcat(dir, 'diff', '--write-changeset').code).toBe(0);
    expect(changesets()).toEqual([first, second].sort());
    expect(readFileSync(join(dir, '.changeset', first), 'utf8')).toBe(pending);
    expect(readFileSync(join(dir, '.changeset', second), 'utf8')).toMatch(/^---\n"@errcat\/acme-billing": patch\n---\n/);
    writeWords(dir);
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);
  });

  it('--write-changeset again before committing keeps the sentence the maintainer put in its file', () => {
    const { dir, git } = gitRepo();
    git('checkout', '-q', '-b', 'feature');
    edit(dir, '"message": "Currency %s is not supported."', '"message": "Currency %s is not supported here."');
    const name = `errcat-acme-billing-${git('rev-parse', 'HEAD').trim().slice(0, 10)}.md`;
    expect(errcat(dir, 'diff', '--write-changeset').code).toBe(0);
    writeWords(dir);
    edit(dir, '"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]');
    expect(errcat(dir, 'diff', '--write-changeset').stdout).toContain(`✔ wrote .changeset/${name} (@errcat/acme-billing: minor)`);
    const text = readFileSync(join(dir, '.changeset', name), 'utf8');
    expect(text).toMatch(/^---\n"@errcat\/acme-billing": minor\n---\n\nWhat changed, in words\.\n\nCatalog changes \(minor\)/);
    expect(text).toContain('alias "token.expired" added');
    expect(text).not.toContain(WORDS_PLACEHOLDER);
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);
  });

  it('on a branch too: a committed changeset, with notes written by hand, is never overwritten by the next run', () => {
    const { dir, git } = gitRepo();
    git('checkout', '-q', '-b', 'feature');
    edit(dir, '"message": "Currency %s is not supported."', '"message": "Currency %s is not supported here."');
    const first = `errcat-acme-billing-${git('rev-parse', 'HEAD').trim().slice(0, 10)}.md`;
    expect(errcat(dir, 'diff', '--write-changeset').stdout).toContain(`✔ wrote .changeset/${first}`);
    const edited = `${readFileSync(join(dir, '.changeset', first), 'utf8')}\nNotes written by hand.\n`;
    writeFileSync(join(dir, '.changeset', first), edited);
    git('add', '-A');
    git('commit', '-q', '-m', 'reword, with its changeset');
    // The merge base with main is still the same commit: the next run must not take the same name.
    edit(dir, '"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]');
    const second = errcat(dir, 'diff', '--write-changeset');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain(first);
    expect(readFileSync(join(dir, '.changeset', first), 'utf8')).toBe(edited);
    expect(readdirSync(join(dir, '.changeset')).filter((f) => f.startsWith('errcat-'))).toHaveLength(2);
  });

  it('on main, --require-changeset covers everything since each package\'s last release, committed or not', () => {
    const { dir, git } = gitRepo();
    const manifest = join(dir, 'generated/acme-billing/package.json');
    const release = (version: string): string => {
      mkdirSync(dirname(manifest), { recursive: true });
      writeFileSync(manifest, `${JSON.stringify({ name: '@errcat/acme-billing', version }, null, 2)}\n`);
      // `changeset version` consumes the pending changesets as it bumps the version.
      if (existsSync(join(dir, '.changeset'))) rmSync(join(dir, '.changeset'), { recursive: true });
      git('add', '-A');
      git('commit', '-q', '-m', `release ${version}`);
      return git('rev-parse', 'HEAD').trim().slice(0, 10);
    };
    const released = release('0.3.1');
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);

    // Committed without a changeset: the working tree matches HEAD, the release does not.
    edit(dir, '"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]');
    git('commit', '-q', '-am', 'alias, no changeset');
    // A commit that only reformats the manifest touches its version line but is no release.
    writeFileSync(manifest, `${JSON.stringify({ name: '@errcat/acme-billing', version: '0.3.1' }, null, 4)}\n`);
    git('commit', '-q', '-am', 'reformat package.json');
    const missing = errcat(dir, 'diff', '--require-changeset');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('✔ no catalog changes.');
    expect(missing.stdout).toContain(`since its last release (${released})  @errcat/acme-billing  minor (below 1.0.0: a patch release)`);
    expect(missing.stderr).toContain(`✖ @errcat/acme-billing needs a patch changeset (minor changes, below 1.0.0) for its changes since its last release (${released}); .changeset/ has none.`);
    expect(missing.stderr).toContain(`run \`pnpm diff ${released} --write-changeset\``);

    // The command it names writes the changeset that covers them.
    const head = git('rev-parse', 'HEAD').trim().slice(0, 10);
    expect(errcat(dir, 'diff', released, '--write-changeset').stdout).toContain(`✔ wrote .changeset/errcat-acme-billing-${head}.md (@errcat/acme-billing: patch)`);
    writeWords(dir);
    expect(errcat(dir, 'diff', '--require-changeset').code).toBe(0);

    // The next release starts the count again: nothing since it, nothing required.
    release('0.3.2');
    const after = errcat(dir, 'diff', '--require-changeset');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('since its last release');
  });

  it('packages released at different commits get one command each in the hint', () => {
    const { dir, git } = gitRepo();
    const second = synthetic.replace('"id": "acme-billing"', '"id": "acme-pay"').replace('"packageName": "@errcat/acme-billing"', '"packageName": "@errcat/acme-pay"').replace('"typePrefix": "AcmeBilling"', '"typePrefix": "AcmePay"');
    writeFileSync(join(dir, 'catalog/acme-pay.json'), second);
    const release = (id: string, version: string): string => {
      const manifest = join(dir, `generated/${id}/package.json`);
      mkdirSync(dirname(manifest), { recursive: true });
      writeFileSync(manifest, `${JSON.stringify({ name: `@errcat/${id}`, version }, null, 2)}\n`);
      git('add', '-A');
      git('commit', '-q', '-m', `release ${id} ${version}`);
      return git('rev-parse', 'HEAD').trim().slice(0, 10);
    };
    const billing = release('acme-billing', '0.3.1');
    const pay = release('acme-pay', '0.1.0');
    for (const id of ['acme-billing', 'acme-pay']) {
      const path = join(dir, `catalog/${id}.json`);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]'));
    }
    git('commit', '-q', '-am', 'aliases, no changesets');
    const missing = errcat(dir, 'diff', '--require-changeset');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('✖ 2 packages lack a changeset; they were released at different commits');
    expect(missing.stderr).toContain(`  pnpm diff ${billing} --write-changeset  for @errcat/acme-billing`);
    expect(missing.stderr).toContain(`  pnpm diff ${pay} --write-changeset  for @errcat/acme-pay`);
  });

  it('compares with an explicit ref, and refuses one that does not resolve (exit 2)', () => {
    const { dir, git } = gitRepo();
    edit(dir, '"aliases": ["auth.expired"]', '"aliases": ["auth.expired", "token.expired"]');
    git('commit', '-q', '-am', 'alias');
    const run = errcat(dir, 'diff', 'HEAD~1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('@errcat/acme-billing  minor\n  minor  code "auth.token-expired" (TOKEN_EXPIRED): alias "token.expired" added');
    const bad = errcat(dir, 'diff', 'no-such-ref');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot resolve git ref "no-such-ref"');
  });

  it('passes --require-changeset with a notice where there is nothing to compare with', () => {
    const onMain = gitRepo();
    edit(onMain.dir, '"Too many requests."', '"Too many requests!"');
    // On main, uncommitted catalog edits are checked against HEAD (issue 15): a changeset is required.
    const main = errcat(onMain.dir, 'diff', '--require-changeset');
    expect(main.code).toBe(1);
    expect(main.stdout).toContain('Catalogs at HEAD (main)');
    expect(main.stderr).toContain('✖ @errcat/acme-billing needs a patch changeset; .changeset/ has none.');
    expect(main.stderr).toContain('✖ 1 package lacks a changeset');
    const cleanMain = gitRepo();
    const cleanRun = errcat(cleanMain.dir, 'diff', '--require-changeset');
    expect(cleanRun.code).toBe(0);
    expect(cleanRun.stdout).toContain('✔ no catalog changes.');

    const noMain = gitRepo('trunk');
    const trunk = errcat(noMain.dir, 'diff', '--require-changeset');
    expect(trunk.code).toBe(0);
    expect(trunk.stdout).toContain('no main or origin/main branch here');

    const plain = repoWith({ 'acme-billing.json': synthetic });
    const notGit = errcat(plain, 'diff', '--require-changeset');
    expect(notGit.code).toBe(0);
    expect(notGit.stdout).toContain('not a git work tree');

    const clean = gitRepo();
    clean.git('checkout', '-q', '-b', 'docs-only');
    writeFileSync(join(clean.dir, 'NOTES.md'), 'Not a catalog.\n');
    clean.git('add', 'NOTES.md');
    clean.git('commit', '-q', '-m', 'notes');
    const unchanged = errcat(clean.dir, 'diff', '--require-changeset');
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('✔ no catalog changes.');
  });
});
