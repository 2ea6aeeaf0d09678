/**
 * A new API is a catalog file, not code. A synthetic API whose envelope differs from the three seed
 * APIs (dotted string codes in "errorCode", the message in "detail"/"title", details in "meta",
 * per-charge results in "results", a request-id header) is dropped into a repository-shaped temp
 * folder as its only catalog; the unchanged generator emits its package, tsc builds it (ESM + CJS)
 * against the workspace runtime, a consumer type-checks against it, and parseResponse reads
 * responses in its envelope.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTempPackage, ROOT, type TempPackage } from './helpers/temp-package.js';

const CATALOG = join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json');

let temp: TempPackage;
let pkg: string;

beforeAll(async () => {
  temp = await buildTempPackage(CATALOG, 'errcat-new-api-');
  pkg = temp.pkg;
}, 180_000);

afterAll(() => temp?.remove());

type AnyModule = Record<string, any>;

async function esm(): Promise<AnyModule> {
  return (await import(pathToFileURL(join(pkg, 'dist/esm/index.js')).href)) as AnyModule;
}

describe('a fourth API from a catalog file alone', () => {
  it('generates a complete package named by the catalog', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(manifest.name).toBe('@errcat/acme-billing');
    expect(Object.keys(manifest.dependencies)).toEqual(['@errcat/runtime']);
    for (const f of ['src/index.ts', 'src/codes.ts', 'src/parse.ts', 'README.md', 'docs/codes/charges.md', 'dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts'])
      expect(() => readFileSync(join(pkg, f)), f).not.toThrow();
  });

  it('loads as ESM and as CommonJS', async () => {
    const m = await esm();
    const cjs = createRequire(join(pkg, 'package.json'))(join(pkg, 'dist/cjs/index.js')) as AnyModule;
    for (const mod of [m, cjs]) {
      expect(mod.CARD_DECLINED).toBe('card.declined');
      expect(mod.lookup('auth.expired').code).toBe('auth.token-expired');
      expect(mod.formatMessage('card.declined', '4242', 'insufficient funds')).toBe('Card ending 4242 was declined: insufficient funds.');
      expect(mod.isRetryable('rate.limited')).toBe(true);
    }
  });

  it('type-checks a consumer: typed details, message arity, narrowing on code', () => {
    temp.check({
      'use.ts':
      [
        "import { detailsOf, formatMessage, parseResponse, CARD_DECLINED, type AcmeBillingCode } from '@errcat/acme-billing';",
        '',
        "const message: string = formatMessage(CARD_DECLINED, '4242', 'insufficient funds');",
        '// @ts-expect-error: card.declined takes two parameters',
        "formatMessage('card.declined', '4242');",
        "// @ts-expect-error: not a code of this API",
        "const wrong: AcmeBillingCode = 'card.expired';",
        '',
        "const result = parseResponse('{}', { status: 402 });",
        'for (const error of result.errors) {',
        // No `known` check: unknown errors carry `code: undefined`; one guard for honest details.
        "  const details = error.code === 'card.declined' ? detailsOf(error) : undefined;",
        "  if (error.code === 'card.declined' && details) {",
        "    const decline: 'insufficient_funds' | 'card_blocked' | 'suspected_fraud' = details.declineCode;",
        '    const last4: string | undefined = error.params.last4;',
        '    void decline, last4;',
        '  }',
        '}',
        'void message, wrong;',
        '',
      ].join('\n'),
    });
  });

  it('parses a single error in its envelope, with params recovered and details checked', async () => {
    const { parseResponse, detailsOf, detailsIssues } = await esm();
    const body = JSON.stringify({
      errorCode: 'card.declined',
      title: 'Card declined',
      detail: 'Card ending 4242 was declined: insufficient funds.',
      meta: { declineCode: 'insufficient_funds' },
    });
    const result = parseResponse(body, { status: 402, headers: { 'x-acme-request-id': 'req_123' } });
    expect(result.kind).toBe('error');
    expect(result.headers).toEqual({ requestId: 'req_123' });
    const [error] = result.errors;
    expect(error).toMatchObject({
      api: 'acme-billing',
      known: true,
      code: 'card.declined',
      kind: 'error',
      status: 402,
      message: 'Card ending 4242 was declined: insufficient funds.',
      params: { last4: '4242', reason: 'insufficient funds' },
      details: { declineCode: 'insufficient_funds' },
    });
    expect(detailsIssues(error)).toEqual([]);
    expect(detailsOf(error)).toEqual({ declineCode: 'insufficient_funds' });
  });

  it('parses per-record results: partial success under 207, unknown codes kept, bad details flagged', async () => {
    const { parseResponse, detailsOf, detailsIssues } = await esm();
    const result = parseResponse(
      {
        results: [
          { outcome: 'success', errorCode: 'charge.captured', title: 'Captured', detail: 'Charge ch_9 captured.' },
          { outcome: 'failure', errorCode: 'card.declined', title: 'Card declined', meta: { declineCode: 'lost' } },
          { outcome: 'failure', errorCode: 'card.vanished', title: 'Card vanished' },
        ],
      },
      { status: 207 },
    );
    expect(result.kind).toBe('partial');
    expect(result.entries.map((e: AnyModule) => [e.index, e.code ?? e.rawCode, e.kind, e.known])).toEqual([
      [0, 'charge.captured', 'success', true],
      [1, 'card.declined', 'error', true],
      [2, 'card.vanished', 'error', false],
    ]);
    expect(result.entries[0].params).toEqual({ chargeId: 'ch_9' });
    // Without "detail" the message comes from "title", the second message field.
    expect(result.entries[1].message).toBe('Card declined');
    expect(result.entries[1].details).toEqual({ declineCode: 'lost' });
    expect(detailsOf(result.entries[1])).toBeUndefined();
    expect(detailsIssues(result.entries[1])).toEqual([expect.objectContaining({ path: '/declineCode', keyword: 'enum' })]);
    expect(result.entries[2].reason).toBe('unknown-code');
  });

  it('parses aliases, Retry-After, empty 204 bodies and non-JSON error pages', async () => {
    const { parseResponse, isRetryable } = await esm();
    const expired = parseResponse('{"errorCode":"auth.expired","title":"Expired"}', { status: 401 });
    expect(expired.errors[0]).toMatchObject({ code: 'auth.token-expired', known: true });

    const limited = parseResponse('{"errorCode":"rate.limited","title":"Too many requests."}', {
      status: 429,
      headers: { 'Retry-After': '12' },
    });
    expect(limited.retryAfterSeconds).toBe(12);
    expect(isRetryable(limited.errors[0].code)).toBe(true);

    expect(parseResponse('', { status: 204 }).kind).toBe('success');
    const page = parseResponse('<!doctype html><title>502 Bad Gateway</title>', { status: 502 });
    expect(page.kind).toBe('error');
    expect(page.received).toBe('html');
  });
});

describe('deprecated codes', () => {
  /** The @deprecated tag TypeScript itself reads from a declaration (what editors strike through). */
  function deprecation(file: string, name: string): string | undefined {
    const text = readFileSync(join(pkg, 'src', file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    let found: string | undefined;
    const visit = (node: ts.Node): void => {
      const declared = (node as { name?: ts.Node }).name;
      if (declared !== undefined && ts.isIdentifier(declared) && declared.text === name) {
        const target = ts.isVariableDeclaration(node) ? node.parent.parent : node;
        const tag = ts.getJSDocDeprecatedTag(target);
        if (tag !== undefined) found = ts.getTextOfJSDocComment(tag.comment) ?? '';
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('carry a @deprecated tag with the reason and the replacement on every declaration', () => {
    const tag = 'API version 1 only. Use "card.declined" instead.';
    expect(deprecation('codes.ts', 'LEGACY_DECLINED')).toBe(tag);
    expect(deprecation('enum.ts', 'LEGACY_DECLINED')).toBe(tag);
    expect(deprecation('errors.ts', 'LegacyDeclinedError')).toBe(tag);
    // …and only there: the live replacement is not marked.
    expect(deprecation('codes.ts', 'CARD_DECLINED')).toBeUndefined();
  });

  it('are documented as deprecated and never dropped from the package', async () => {
    const page = readFileSync(join(pkg, 'docs/codes/charges.md'), 'utf8');
    const section = page.slice(page.indexOf('<a id="legacy_declined"></a>'));
    expect(section.slice(0, section.indexOf('<a id=', 1))).toContain('> **Deprecated:** API version 1 only. Use [`card.declined`](#card_declined) instead.');
    expect(readFileSync(join(pkg, 'README.md'), 'utf8')).toContain('`LEGACY_DECLINED`');
    const { lookup, isAcmeBillingCode } = await esm();
    expect(isAcmeBillingCode('charge.legacy-declined')).toBe(true);
    expect(lookup('charge.legacy-declined').deprecated).toEqual({ reason: 'API version 1 only.', replacedBy: 'card.declined' });
  });
});
