/**
 * The installed tarballs under Node, both ways a user loads them: `import` from an ES module and
 * `require` from CommonJS. Every subpath of every exports map loads, the two builds give the
 * same answers, and the answers are the catalog's. The enum is the one subpath-only module.
 */
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { codeIdent } from '../../bench/bundle-measure.js';
import { ROOT, run } from '../publish/packages.js';
import { createScratchProject, expectedMessage, installedCatalog, type ScratchProject } from './scratch.js';

interface ApiProbe {
  name: string;
  prefix: string;
  subpaths: string[];
  idents: Record<string, string>;
}

/**
 * Runs inside the consumer (ESM and CJS alike): `load` returns a module by specifier. Kept as
 * plain JavaScript source so both entry files embed exactly the same code.
 */
const REPORT = String.raw`
function report(apis, load) {
  const out = {};
  for (const api of apis) {
    const root = load(api.name);
    const catalog = load(api.name + '/catalog.json');
    const subpaths = {};
    for (const sub of api.subpaths) {
      const mod = load(api.name + '/' + sub);
      subpaths[sub] = Object.keys(mod)
        .filter((k) => k !== 'default' && k !== '__esModule')
        .sort()
        .map((k) => [k, mod[k] === root[k]]);
    }
    const P = api.prefix;
    const codes = catalog.codes.map((c) => {
      const ident = api.idents[String(c.code)];
      const params = c.params.map((p) => '<' + p.name + '>');
      const entry = root.lookup(c.code);
      let parsed = null;
      if (typeof root.parseResponse === 'function' && c.example !== undefined) {
        const r = root.parseResponse(JSON.stringify(c.example), { status: c.httpStatus });
        parsed = { kind: r.kind, errors: r.errors.map((e) => [e.known, e.code]) };
      }
      return {
        code: c.code,
        constValue: root[ident],
        enumValue: load(api.name + '/enum')[P + 'ErrorCode'][ident],
        objectValue: root[P + 'Codes'][ident],
        status: entry && entry.status,
        entryCode: entry && entry.code,
        guard: root['is' + P + 'Code'](c.code),
        retryable: root.isRetryable(c.code),
        message: root.formatMessage(c.code, ...params),
        aliases: c.aliases.map((a) => root.toCode(a)),
        parsed,
      };
    });
    out[api.name] = {
      subpaths,
      codes,
      rejectsUnknown: root.lookup('__proto__') === undefined && root['is' + P + 'Code']('constructor') === false,
    };
  }
  const runtime = load('@errcat/runtime');
  out['@errcat/runtime'] = Object.keys(runtime).filter((k) => k !== 'default' && k !== '__esModule').sort();
  return out;
}
`;

let scratch: ScratchProject;
let probes: ApiProbe[];
let esm: Record<string, unknown>;
let cjs: Record<string, unknown>;

beforeAll(async () => {
  scratch = await createScratchProject('node');
  probes = scratch.apis.map((api) => {
    const manifest = scratch.packages.find((p) => p.manifest.name === api.name)!.manifest;
    const subpaths = Object.keys(manifest.exports as object)
      .filter((k) => k !== '.' && !k.endsWith('.json'))
      .map((k) => k.slice(2));
    return { name: api.name, prefix: api.typePrefix, subpaths, idents: Object.fromEntries(api.codes.map((c) => [String(c.code), codeIdent(c.name)])) };
  });
  const specifiers = ['@errcat/runtime', ...probes.flatMap((p) => [p.name, ...p.subpaths.map((s) => `${p.name}/${s}`)])];
  const jsonSpecifiers = probes.map((p) => `${p.name}/catalog.json`);
  scratch.write(
    'esm.mjs',
    `${REPORT}
const mods = {};
for (const s of ${JSON.stringify(specifiers)}) mods[s] = await import(s);
for (const s of ${JSON.stringify(jsonSpecifiers)}) mods[s] = (await import(s, { with: { type: 'json' } })).default;
process.stdout.write(JSON.stringify(report(${JSON.stringify(probes)}, (s) => mods[s])));
`,
  );
  scratch.write(
    'cjs.cjs',
    `'use strict';
${REPORT}
process.stdout.write(JSON.stringify(report(${JSON.stringify(probes)}, (s) => require(s))));
`,
  );
  const [esmOut, cjsOut] = await Promise.all([
    run(process.execPath, ['esm.mjs'], { cwd: scratch.app, maxBuffer: 64 << 20 }),
    run(process.execPath, ['cjs.cjs'], { cwd: scratch.app, maxBuffer: 64 << 20 }),
  ]);
  esm = JSON.parse(esmOut.stdout) as Record<string, unknown>;
  cjs = JSON.parse(cjsOut.stdout) as Record<string, unknown>;
});

afterAll(() => scratch?.remove());

test('ESM import and CommonJS require give identical results', () => {
  expect(Object.keys(esm).sort()).toEqual([...probes.map((p) => p.name), '@errcat/runtime'].sort());
  expect(cjs).toEqual(esm);
});

test('the runtime loads both ways with its whole API', () => {
  const names = esm['@errcat/runtime'] as string[];
  expect(names).toEqual(expect.arrayContaining(['table', 'formatTemplate', 'matchTemplate', 'normalizeCode']));
  expect(cjs['@errcat/runtime']).toEqual(names);
});

describe('each generated package, as installed', () => {
  test('every subpath loads, and re-exports the very same values as the root', () => {
    for (const probe of probes) {
      const { subpaths } = esm[probe.name] as { subpaths: Record<string, Array<[string, boolean]>> };
      for (const sub of probe.subpaths) {
        const exported = subpaths[sub];
        // errors/details are type-only modules: they load, with nothing at run time.
        if (sub === 'errors' || sub === 'details') expect(exported, `${probe.name}/${sub}`).toEqual([]);
        // The enum is subpath-only: the root leaves it out, so root consumers do not parse it.
        else if (sub === 'enum') expect(exported, `${probe.name}/${sub}`).toEqual([[`${probe.prefix}ErrorCode`, false]]);
        else expect(exported?.length, `${probe.name}/${sub}`).toBeGreaterThan(0);
        if (sub === 'enum') continue;
        for (const [name, same] of exported ?? []) expect(same, `${probe.name}/${sub} ${name}`).toBe(true);
      }
    }
  });

  test("answers match the shipped catalog, code by code", () => {
    for (const probe of probes) {
      const catalog = installedCatalog(scratch.app, probe.name);
      const { codes, rejectsUnknown } = esm[probe.name] as { codes: Array<Record<string, unknown>>; rejectsUnknown: boolean };
      expect(rejectsUnknown, probe.name).toBe(true);
      expect(codes.length).toBe(catalog.codes.length);
      catalog.codes.forEach((c, i) => {
        const got = codes[i]!;
        const where = `${probe.name} ${String(c.code)}`;
        expect(got.code, where).toBe(c.code);
        expect([got.constValue, got.enumValue, got.objectValue, got.entryCode], where).toEqual([c.code, c.code, c.code, c.code]);
        expect(got.status, where).toBe(c.httpStatus);
        expect(got.guard, where).toBe(true);
        expect(got.retryable, where).toBe(c.retry.strategy !== 'never');
        expect(got.message, where).toBe(expectedMessage(c.message, c.params.map((p) => `<${p.name}>`), c.name));
        expect(got.aliases, where).toEqual(c.aliases.map(() => c.code));
      });
    }
  });

  test('parseResponse, where shipped, reads each error example back to its own code', () => {
    for (const probe of probes) {
      const catalog = installedCatalog(scratch.app, probe.name);
      const { codes } = esm[probe.name] as { codes: Array<{ parsed: { kind: string; errors: Array<[boolean, unknown]> } | null }> };
      const shipsParser = probe.subpaths.includes('parse');
      catalog.codes.forEach((c, i) => {
        const parsed = codes[i]!.parsed;
        if (c.example === undefined) return;
        expect(parsed === null, `${probe.name} ${String(c.code)}: parsed only when the parser ships`).toBe(!shipsParser);
        if (parsed === null || c.kind !== 'error') return;
        expect(parsed.kind, `${probe.name} ${String(c.code)}`).not.toBe('success');
        expect(parsed.errors, `${probe.name} ${String(c.code)}`).toContainEqual([true, c.code]);
      });
    }
  });
});

test('the consumer is outside the workspace, so nothing resolves through its links', () => {
  expect(relative(ROOT, scratch.app).startsWith('..')).toBe(true);
});
