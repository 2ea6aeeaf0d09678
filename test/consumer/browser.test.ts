/**
 * A browser app bundling the installed tarballs with esbuild (platform browser): the bundle
 * pulls in no Node built-in, and runs in a bare JavaScript realm (no `process`, `require`,
 * `Buffer`: only ECMAScript globals), where parsing, formatting and lookups still work.
 */
import { build, type Metafile } from 'esbuild';
import { builtinModules } from 'node:module';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { codeIdent, sampleCode } from '../../bench/bundle-measure.js';
import { createScratchProject, expectedMessage, installedCatalog, type ScratchProject } from './scratch.js';

let scratch: ScratchProject;
let metafile: Metafile;
let warnings: string[];
let bundle: string;

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

beforeAll(async () => {
  scratch = await createScratchProject('browser');
  // One import of each kind from every generated package, and the runtime's guard.
  const lines = ["import { isErrcatError } from '@errcat/runtime';", 'const out = {};', 'const fetches = {};'];
  scratch.apis.forEach((api, i) => {
    const sample = sampleCode(api);
    const params = installedCatalog(scratch.app, api.name).codes.find((c) => c.code === sample.code)!.params;
    lines.push(
      `import { ${codeIdent(sample.name)} as code${i}, formatMessage as format${i}, lookup as lookup${i}, isRetryable as retry${i}, parseResponse as parse${i}, parseFetchResponse as parseFetch${i}, retryAdvice as advice${i} } from ${JSON.stringify(api.name)};`,
      // A fetch Response as the realm would hand one over (the bare realm has no fetch): status,
      // headers.get and text(), read once; an empty 503 asking for 7 s.
      `fetches[${JSON.stringify(api.name)}] = parseFetch${i}({ status: 503, headers: { get: (n) => (n.toLowerCase() === 'retry-after' ? '7' : null) }, text: () => Promise.resolve('') })`,
      `  .then((r) => ({ kind: r.kind, status: r.status, received: r.received, reason: r.errors[0].reason, retry: advice${i}(r.errors[0]).retry }));`,
      `{`,
      `  const parsed = parse${i}('<html><body>502 Bad Gateway</body></html>', { status: 502 });`,
      `  out[${JSON.stringify(api.name)}] = {`,
      `    code: code${i},`,
      `    message: format${i}(code${i}, ...${JSON.stringify(params.map((p) => `<${p.name}>`))}),`,
      `    status: lookup${i}(code${i}).status,`,
      `    retryable: retry${i}(code${i}),`,
      `    parsedKind: parsed.kind,`,
      `    parsedIsErrcat: parsed.errors.every((e) => isErrcatError(e)),`,
      `  };`,
      `}`,
    );
  });
  lines.push('export default out;', 'export const fetched = Promise.all(Object.entries(fetches).map(([k, p]) => p.then((v) => [k, v])));');
  const entry = scratch.write('src/browser.js', `${lines.join('\n')}\n`);
  const result = await build({
    absWorkingDir: scratch.app,
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'errcatApp',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  metafile = result.metafile;
  warnings = result.warnings.map((w) => w.text);
  bundle = result.outputFiles[0]!.text;
});

afterAll(() => scratch?.remove());

test('bundles without warnings, every input from the packages’ ESM builds', () => {
  expect(warnings).toEqual([]);
  const inputs = Object.keys(metafile.inputs).filter((p) => !p.endsWith('src/browser.js'));
  expect(inputs.length).toBeGreaterThan(0);
  for (const input of inputs) expect(input).toMatch(/^node_modules\/@errcat\/[^/]+\/dist\/esm\/.+\.js$/);
});

test('no Node built-in is imported, not even as an external', () => {
  const imports = Object.values(metafile.inputs).flatMap((i) => i.imports);
  expect(imports.filter((i) => i.external === true).map((i) => i.path)).toEqual([]);
  expect(imports.filter((i) => NODE_BUILTINS.has(i.path)).map((i) => i.path)).toEqual([]);
  expect(bundle).not.toMatch(/\brequire\(|\bprocess\.env\b/);
});

test('runs in a bare realm (ECMAScript globals only) and gives the catalog’s answers', () => {
  const realm = createContext({});
  expect(runInContext('typeof process + typeof require + typeof Buffer + typeof window', realm)).toBe('undefinedundefinedundefinedundefined');
  const out = runInContext(`${bundle};errcatApp.default`, realm) as Record<string, Record<string, unknown>>;
  // The realm's objects come from another context: compare plain copies.
  const got = JSON.parse(JSON.stringify(out)) as typeof out;
  for (const api of scratch.apis) {
    const sample = sampleCode(api);
    const entry = installedCatalog(scratch.app, api.name).codes.find((c) => c.code === sample.code)!;
    expect(got[api.name], api.name).toEqual({
      code: entry.code,
      message: expectedMessage(entry.message, entry.params.map((p) => `<${p.name}>`), entry.name),
      status: entry.httpStatus,
      retryable: entry.retry.strategy !== 'never',
      parsedKind: 'error',
      parsedIsErrcat: true,
    });
  }
  expect(Object.keys(got).sort()).toEqual(scratch.apis.map((a) => a.name).sort());
});

test('parseFetchResponse runs in the bare realm: one read of a Response-like, the parseResponse result', async () => {
  const realm = createContext({});
  const fetched = (await runInContext(`${bundle};errcatApp.fetched`, realm)) as Array<[string, unknown]>;
  const got = Object.fromEntries(JSON.parse(JSON.stringify(fetched)) as Array<[string, unknown]>);
  expect(Object.keys(got).sort()).toEqual(scratch.apis.map((a) => a.name).sort());
  for (const api of scratch.apis) {
    expect(got[api.name], api.name).toEqual({ kind: 'error', status: 503, received: 'empty', reason: 'empty-body', retry: 'after-delay' });
  }
});
