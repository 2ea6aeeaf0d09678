/**
 * Alternatives to the emitted type shapes, made by rewriting a built package's .d.ts, so each is
 * measured side by side with what the generator ships, on the same synthetic catalog:
 * - shipped: per-code interfaces with their own members over a non-generic `<Prefix>KnownErrorBase`,
 *   unlabeled ParamsMap tuples, formatMessage's parameters behind NoInfer, maps read by indexed access;
 * - generic-base: each code's interface `extends ErrcatKnownError<Api, Code, Kind, Details, Params> {}`;
 * - labeled-tuples: ParamsMap tuples labeled with the parameter names (`[field: string]`);
 * - no-noinfer: `formatMessage(code: C, ...params: ParamsMap[C])`;
 * - intersections: each code's error as `Base & { … }` instead of an interface;
 * - extract: the error map as `{ [C in Code]: Extract<Error, { code: C }> }` instead of an interface;
 * - see-tags: each code's docs link as `@see {@link <url> | Reference}` (what shipped before): tsc
 *   parses every doc comment that contains `@see` or `@link`, and skips the others;
 * - enum-in-root: the root entry re-exports the enum too (`export * from './enum.js'`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHAPES = ['shipped', 'generic-base', 'labeled-tuples', 'no-noinfer', 'intersections', 'extract', 'see-tags', 'enum-in-root'] as const;

/** The built declaration files applyShape may rewrite (bench/typecheck.ts restores them after each shape). */
export const REWRITTEN = ['errors', 'messages', 'codes', 'enum', 'index'] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_LABELS: Record<Shape, string> = {
  shipped: '**shipped**: own members over a non-generic base, unlabeled tuples, NoInfer',
  'generic-base': 'per-code `interface … extends ErrcatKnownError<…> {}`',
  'labeled-tuples': 'ParamsMap tuples labeled `[field: string, …]`',
  'no-noinfer': 'formatMessage `...params: ParamsMap[C]` without NoInfer',
  intersections: '`Base & { … }` intersections instead of interfaces',
  extract: 'ErrorMap as `Extract<Union, { code: C }>`',
  'see-tags': 'per-code TSDoc links with `@see {@link …}` instead of a Markdown link',
  'enum-in-root': 'the root entry re-exports the enum',
};

/** `[Reference](url)` back to the `@see {@link url | Reference}` tag it replaced. */
const seeTags = (t: string) => t.replace(/^((?: {4})? \*) \[Reference\]\((\S+)\)$/gm, '$1 @see {@link $2 | Reference}');

function rewrite(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`type-shapes: rewriting ${path} changed nothing; the emitted shape moved`);
  writeFileSync(path, after);
}

const PER_CODE = (prefix: string) => new RegExp(`export interface (\\w+) extends ${prefix}KnownErrorBase \\{([^}]*)\\}`, 'g');

function member(body: string, name: string): string {
  const m = new RegExp(`readonly ${name}: (.+);`).exec(body);
  if (m === null) throw new Error(`type-shapes: no ${name} member in ${body}`);
  return m[1] as string;
}

/** Parameter names per ParamsMap key, read from the NamedParamsMap block of the same file. */
function namedParams(text: string, prefix: string): Map<string, string[]> {
  const start = text.indexOf(`export interface ${prefix}NamedParamsMap {`);
  const end = text.indexOf('\n}', start);
  const names = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of text.slice(start, end).split('\n').slice(1)) {
    const key = /^ {4}(\S.*?): (?:\{|Record<string, never>;)$/.exec(line);
    if (key) {
      current = key[1] as string;
      names.set(current, []);
      continue;
    }
    const prop = /^ {8}readonly (\w+)\??: string;$/.exec(line);
    if (prop && current !== undefined) names.get(current)?.push(prop[1] as string);
  }
  return names;
}

/** Rewrites the built declarations in `<packageDir>/dist/esm` into `shape` (the shipped shape is left as is). */
export function applyShape(packageDir: string, shape: Shape, prefix = 'Synth'): void {
  const dts = (name: string) => join(packageDir, 'dist', 'esm', `${name}.d.ts`);
  const addImport = (t: string, names: string) =>
    t.replace(/import type \{ CodeEntry, ErrcatErrorBase, ErrcatUnknownError \} from '@errcat\/runtime';/, `import type { CodeEntry, ErrcatErrorBase, ErrcatUnknownError, ${names} } from '@errcat/runtime';`);
  switch (shape) {
    case 'shipped':
      return;
    case 'generic-base':
      rewrite(dts('errors'), (t) =>
        addImport(t, 'ErrcatKnownError').replace(PER_CODE(prefix), (_m, name: string, body: string) => {
          const params = member(body, 'params').replace(/^Partial<(.*)>$/, '$1');
          return `export interface ${name} extends ErrcatKnownError<${prefix}ApiId, ${member(body, 'code')}, ${member(body, 'kind')}, ${member(body, 'details')}, ${params}> {\n}`;
        }),
      );
      return;
    case 'labeled-tuples':
      rewrite(dts('errors'), (t) => {
        const names = namedParams(t, prefix);
        const start = t.indexOf(`export interface ${prefix}ParamsMap {`);
        const end = t.indexOf('\n}', start);
        const block = t.slice(start, end).replace(/^( {4})(\S.*?): \[(.+)\];$/gm, (line, indent: string, key: string, items: string) => {
          const labels = names.get(key);
          if (labels === undefined) return line;
          const labeled = items.split(', ').map((item, i) => `${labels[i] ?? `p${i}`}${item.endsWith('?') ? '?' : ''}: string`);
          return `${indent}${key}: [${labeled.join(', ')}];`;
        });
        return t.slice(0, start) + block + t.slice(end);
      });
      return;
    case 'no-noinfer':
      rewrite(dts('messages'), (t) => t.replace(`...params: NoInfer<${prefix}ParamsMap[C]>`, `...params: ${prefix}ParamsMap[C]`));
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
  }
}
