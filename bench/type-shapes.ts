/**
 * Alternatives to the emitted type shapes, made by rewriting a built package's .d.ts, so each is
 * measured side by side with what the generator ships, on the same synthetic catalog:
 * - shipped: per-code interfaces with their own members over a non-generic `<Prefix>KnownErrorBase`
 *   that spells out ErrcatErrorBase's members, labeled ParamsMap tuples taken as a defaulted `P`,
 *   formatMessage's parameters behind NoInfer, maps read by indexed access;
 * - this-typed-base: the base as `interface … extends ErrcatErrorBase<ApiId> { known: true }` (what
 *   shipped before): extending a generic interface gives the base a `this` type, and so every
 *   per-code interface, whose members the checker then instantiates for each union member;
 * - generic-base: each code's interface `extends ErrcatKnownError<Api, Code, Kind, Params> {}`;
 * - no-noinfer: `formatMessage`'s `...params: P` without NoInfer;
 * - intersections: each code's error as `Base & { … }` instead of an interface;
 * - extract: the error map as `{ [C in Code]: Extract<Error, { code: C }> }` instead of an interface;
 * - see-tags: each code's docs link as `@see {@link <url> | Reference}` (what shipped before): tsc
 *   parses every doc comment that contains `@see` or `@link`, and skips the others;
 * - enum-in-root: the root entry re-exports the enum too (`export * from './enum.js'`);
 * - union-from-map: the error union written as `<Prefix>ErrorMap[<Prefix>Code]` instead of listing
 *   every per-code interface;
 * - error-doc-once: per-code TSDoc on the constant only, not again on the error interface (hovers on
 *   an error type name lose the code's doc);
 * - no-code-docs: no per-code TSDoc anywhere (constants, error interfaces, details properties): what
 *   the documentation costs, for reference;
 * - constants-off-root: the per-code constants and the codes object leave the root entry (a subpath
 *   only), the code union moves to a file of its own: a public API change, measured for the record;
 * - lean-root: constants-off-root, no-code-docs and union-from-map at once: about the least a root
 *   entry with these types can cost this consumer;
 * - floor: lean-root with detailsOf's result typed `any` and details.d.ts out of reach: what the
 *   error union, its interfaces and the maps cost alone (not a candidate: details are no longer typed).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHAPES = [
  'shipped',
  'this-typed-base',
  'generic-base',
  'no-noinfer',
  'intersections',
  'extract',
  'see-tags',
  'enum-in-root',
  'union-from-map',
  'error-doc-once',
  'no-code-docs',
  'constants-off-root',
  'lean-root',
  'floor',
] as const;

/**
 * The built declaration files applyShape may rewrite or add (bench/typecheck.ts restores them
 * after each shape, and deletes those that were not there).
 */
export const REWRITTEN = ['errors', 'messages', 'codes', 'enum', 'index', 'details', 'entries', 'retry', 'parse', 'code-union'] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_LABELS: Record<Shape, string> = {
  shipped: '**shipped**: own members over a non-generic base, labeled tuples through a defaulted `P`, NoInfer',
  'generic-base': 'per-code `interface … extends ErrcatKnownError<…> {}`',
  'no-noinfer': 'formatMessage `...params: ParamsMap[C]` without NoInfer',
  intersections: '`Base & { … }` intersections instead of interfaces',
  extract: 'ErrorMap as `Extract<Union, { code: C }>`',
  'see-tags': 'per-code TSDoc links with `@see {@link …}` instead of a Markdown link',
  'enum-in-root': 'the root entry re-exports the enum',
  'this-typed-base': 'base `extends ErrcatErrorBase<ApiId>` (a `this`-typed base, shipped before)',
  'union-from-map': 'error union as `ErrorMap[Code]` instead of listing the interfaces',
  'error-doc-once': 'per-code TSDoc on the constant only, not on the error interface',
  'no-code-docs': 'no per-code TSDoc at all (constants, error interfaces, details properties)',
  'constants-off-root': 'per-code constants and codes object off the root entry (API change)',
  'lean-root': 'constants-off-root + no-code-docs + union-from-map together (API change, no docs)',
  floor: 'lean-root with detailsOf untyped (API change, guarantees lost): the union and its interfaces',
};

/** `[Reference](url)` back to the `@see {@link url | Reference}` tag it replaced. */
const seeTags = (t: string) => t.replace(/^((?: {4})? \*) \[Reference\]\((\S+)\)$/gm, '$1 @see {@link $2 | Reference}');

function rewrite(path: string, edit: (text: string) => string): void {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const after = edit(before);
  if (after === before) throw new Error(`type-shapes: rewriting ${path} changed nothing; the emitted shape moved`);
  writeFileSync(path, after);
}

/** A top-level `/** … *\/` block directly before a declaration matching `declaration`. */
const docBefore = (declaration: string) => new RegExp(`^/\\*\\*\\n(?: \\*.*\\n)*? \\*/\\n(?=${declaration})`, 'gm');

const PER_CODE = (prefix: string) => new RegExp(`export interface (\\w+) extends ${prefix}KnownErrorBase \\{([^}]*)\\}`, 'g');

function member(body: string, name: string): string {
  const m = new RegExp(`readonly ${name}: (.+);`).exec(body);
  if (m === null) throw new Error(`type-shapes: no ${name} member in ${body}`);
  return m[1] as string;
}

/** Rewrites the built declarations in `<packageDir>/dist/esm` into `shape` (the shipped shape is left as is). */
export function applyShape(packageDir: string, shape: Shape, prefix = 'Synth'): void {
  const dts = (name: string) => join(packageDir, 'dist', 'esm', `${name}.d.ts`);
  // Whatever the generated import of the runtime's types holds today: a fixed list stopped matching
  // when errors.ts dropped ErrcatError, and the shape then named a type it never imported.
  const addImport = (t: string, names: string) => {
    const out = t.replace(/import type \{ ([^}]*) \} from '@errcat\/runtime';/, (_m, list: string) => `import type { ${list}, ${names} } from '@errcat/runtime';`);
    if (out === t) throw new Error(`applyShape: no import of @errcat/runtime's types to add ${names} to`);
    return out;
  };
  switch (shape) {
    case 'shipped':
      return;
    case 'generic-base':
      rewrite(dts('errors'), (t) =>
        addImport(t, 'ErrcatKnownError').replace(PER_CODE(prefix), (_m, name: string, body: string) => {
          const params = member(body, 'params').replace(/^Partial<(.*)>$/, '$1');
          return `export interface ${name} extends ErrcatKnownError<${prefix}ApiId, ${member(body, 'code')}, ${member(body, 'kind')}, ${params}> {\n}`;
        }),
      );
      return;
    case 'no-noinfer':
      rewrite(dts('messages'), (t) => t.replace(/\.\.\.params: NoInfer<P>/, '...params: P'));
      return;
    case 'intersections':
      rewrite(dts('errors'), (t) => t.replace(PER_CODE(prefix), (_m, name: string, body: string) => `export type ${name} = ${prefix}KnownErrorBase & {${body}};`));
      return;
    case 'extract':
      rewrite(dts('errors'), (t) =>
        t.replace(new RegExp(`export interface ${prefix}ErrorMap \\{[^}]*\\}`), `export type ${prefix}ErrorMap = { [C in ${prefix}Code]: Extract<${prefix}Error, { code: C }> };`),
      );
      return;
    case 'see-tags':
      for (const name of ['codes', 'enum', 'errors']) rewrite(dts(name), seeTags);
      return;
    case 'enum-in-root':
      rewrite(dts('index'), (t) => t.replace("export * from './codes.js';\n", "export * from './codes.js';\nexport * from './enum.js';\n"));
      return;
    case 'this-typed-base':
      rewrite(dts('errors'), (t) =>
        addImport(t, 'ErrcatErrorBase').replace(
          new RegExp(`export interface ${prefix}KnownErrorBase \\{[^}]*\\}`),
          `export interface ${prefix}KnownErrorBase extends ErrcatErrorBase<${prefix}ApiId> {\n    readonly known: true;\n}`,
        ),
      );
      return;
    case 'union-from-map':
      rewrite(dts('errors'), (t) => t.replace(new RegExp(`^export type ${prefix}Error = .*;$`, 'm'), `export type ${prefix}Error = ${prefix}ErrorMap[${prefix}Code];`));
      return;
    case 'error-doc-once':
      rewrite(dts('errors'), (t) => t.replace(docBefore(`export interface \\w+ extends ${prefix}KnownErrorBase `), ''));
      return;
    case 'no-code-docs':
      rewrite(dts('errors'), (t) => t.replace(docBefore(`export interface \\w+ extends ${prefix}KnownErrorBase `), ''));
      rewrite(dts('codes'), (t) => t.replace(docBefore('export declare const '), ''));
      rewrite(dts('details'), (t) => t.replace(/^ +\/\*\*\n(?: +\*.*\n)*? +\*\/\n/gm, ''));
      return;
    case 'constants-off-root': {
      let union = '';
      rewrite(dts('codes'), (t) => {
        union = new RegExp(`/\\*\\*\\n \\* Every code[^]*?\\*/\\nexport type ${prefix}Code = [^\\n]*\\n`).exec(t)?.[0] ?? '';
        return t.replace(union, `import type { ${prefix}Code } from './code-union.js';\nexport type { ${prefix}Code };\n`);
      });
      rewrite(dts('code-union'), () => union);
      for (const name of ['errors', 'messages', 'entries', 'retry', 'parse']) rewrite(dts(name), (t) => t.replace("from './codes.js';", "from './code-union.js';"));
      rewrite(dts('index'), (t) =>
        t.replace("export * from './codes.js';\n", "export type * from './code-union.js';\n").replace("export * from './code-object.js';\n", ''),
      );
      return;
    }
    case 'lean-root':
      for (const part of ['constants-off-root', 'no-code-docs', 'union-from-map'] as const) applyShape(packageDir, part, prefix);
      return;
    case 'floor':
      applyShape(packageDir, 'lean-root', prefix);
      // The error interfaces carry no details type (details are unknown until detailsOf); detailsOf
      // and detailsIssues are what reach details.d.ts.
      rewrite(dts('parse'), (t) =>
        t
          .replaceAll(`${prefix}DetailsMap[E['code']]`, 'any')
          .replaceAll(`${prefix}DetailsMap[\`\${E['code']}\`]`, 'any')
          .replace(`import type { ${prefix}DetailsMap } from './details.js';\n`, ''),
      );
      rewrite(dts('index'), (t) => t.replace("export type * from './details.js';\n", ''));
      return;
  }
}

/**
 * Runs `body` with the package's declarations rewritten into `shape`, then puts them back (a
 * declaration file the shape added is removed). `changed` tells body whether any file changed:
 * every shape but the shipped one must, or it measures the shipped shape under another name.
 */
export function withShape<T>(fixture: { readonly packageDir: string }, shape: Shape, body: (changed: boolean) => T): T {
  const files = REWRITTEN.map((m) => join(fixture.packageDir, 'dist', 'esm', `${m}.d.ts`));
  const saved = files.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined));
  try {
    applyShape(fixture.packageDir, shape);
    const changed = files.some((f, i) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined) !== saved[i]);
    return body(changed);
  } finally {
    files.forEach((f, i) => {
      const text = saved[i];
      if (text !== undefined) writeFileSync(f, text);
      else rmSync(f, { force: true });
    });
  }
}
