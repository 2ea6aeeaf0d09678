/**
 * The README's axios and ky recipes, taken from README.md as written: each one type-checks against
 * the built @errcat/zoho-crm and the real axios and ky types, and, run against a local HTTP server
 * (127.0.0.1, port 0), gives what parseResponse gives for the same text, status and headers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import axios from 'axios';
import ky from 'ky';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFetchResponse, parseResponse } from '@errcat/zoho-crm';
import { ROOT } from './helpers/generate.js';
import { serveReplies, type Reply, type ReplyServer } from './helpers/reply-server.js';

/** The ```ts block that follows the README paragraph starting with `lead`. */
function recipe(lead: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n${lead}`);
  if (at === -1) throw new Error(`README.md has no paragraph starting "${lead}"`);
  const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(at));
  if (block === null) throw new Error(`no ts block after "${lead}"`);
  return block[1] as string;
}

const RECIPES = {
  axios: recipe('With axios,'),
  ky: recipe('`res.headers` (axios'),
};

const REPLIES: Record<string, Reply & { headers: Record<string, string> }> = {
  '/401': { status: 401, body: '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}', headers: {} },
  '/502': { status: 502, body: '<html><head><title>502 Bad Gateway</title></head></html>', headers: { 'content-type': 'text/html' } },
  '/429': { status: 429, body: '', headers: { 'Retry-After': '7', 'X-API-CREDITS-REMAINING': '12' } },
};

let server: ReplyServer;
let base: string;
const work = mkdtempSync(join(tmpdir(), 'errcat-recipes-'));

beforeAll(async () => {
  server = await serveReplies(REPLIES);
  base = server.base;
});

afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a recipe as the reader's code would run it, with `url` set, and returns its `result`. */
async function run(text: string, url: string): Promise<unknown> {
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  return new AsyncFunction('axios', 'ky', 'parseResponse', 'parseFetchResponse', 'url', `${text}\nreturn result;`)(axios, ky, parseResponse, parseFetchResponse, url);
}

describe.each(Object.keys(RECIPES) as Array<keyof typeof RECIPES>)('the README recipe for %s', (name) => {
  it.each(Object.keys(REPLIES))('%s gives what parseResponse gives for the same text, status and headers', async (path) => {
    const reply = REPLIES[path] as (typeof REPLIES)[string];
    const result = (await run(RECIPES[name], base + path)) as ReturnType<typeof parseResponse>;
    const direct = parseResponse(reply.body, { status: reply.status, headers: reply.headers });
    expect({ ...result, warnings: [] }).toEqual({ ...direct, warnings: [] });
    expect(result.warnings).toEqual([]);
  });
});

describe('the README recipes type-check', () => {
  it('against the built package and the real axios and ky types (strict, exactOptionalPropertyTypes)', () => {
    const dir = join(work, 'tsc');
    for (const [pkg, target] of [
      ['@errcat/zoho-crm', join(ROOT, 'generated/zoho-crm')],
      ['axios', join(ROOT, 'node_modules/axios')],
      ['ky', join(ROOT, 'node_modules/ky')],
    ] as const) {
      const link = join(dir, 'node_modules', ...pkg.split('/'));
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(target, link, 'dir');
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
    const files = Object.entries(RECIPES).map(([name, text]) => {
      const path = join(dir, `${name}.ts`);
      const prelude = `import axios from 'axios';\nimport ky from 'ky';\nimport { parseFetchResponse, parseResponse } from '@errcat/zoho-crm';\ndeclare const url: string;\n`;
      writeFileSync(path, `${prelude}${text}\nexport { result };\n`);
      return path;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir) && !d.file.fileName.includes('node_modules'))
      .map((d) => `${d.file?.fileName.slice(dir.length + 1) ?? ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });
});
