/**
 * What an API report records, shared by the code that makes reports (surface.ts, with ts-morph),
 * the renderer, the parser and `errcat diff` (which never loads ts-morph).
 *
 * An item is one export of an entry point, as lines: a head (the declaration up to its members),
 * one line per member (interface, class and enum members, the members of a union type alias)
 * and, for braced declarations, a closing line. Functions list one line per overload as members
 * without a head.
 */
export type ItemKind = 'const' | 'let' | 'var' | 'function' | 'class' | 'interface' | 'type' | 'enum' | 'namespace';

export interface ReportItem {
  /** The exported name (which may differ from the declared one: `export { a as b }`). */
  readonly name: string;
  readonly kind: ItemKind;
  /**
   * The declaration file the export comes from, relative to its package's declarations folder
   * (`codes.d.ts`), prefixed by the package name when another package declares it
   * (`@errcat/runtime/guards.d.ts`): the same for every condition (import/require).
   */
  readonly module: string;
  /** First line; for a function, its first overload. */
  readonly head: string;
  /** Member lines without their indentation (functions: the overloads after the first). */
  readonly members: readonly string[];
  /** Closing line of a braced declaration (`}`), '' otherwise. */
  readonly tail: string;
}

/** The exports of one entry point under one or more conditions whose surfaces are equal. */
export interface EntrySurface {
  /** Import specifier: the package name plus the subpath (`@errcat/hyper/codes`). */
  readonly specifier: string;
  /** The conditions and declaration files this surface was read from (`import: dist/esm/codes.d.ts`). */
  readonly sources: readonly { readonly condition: string; readonly file: string }[];
  readonly items: readonly ReportItem[];
}

export interface PackageSurface {
  readonly name: string;
  /** The package folder, relative to the repository root (`generated/hyper`). */
  readonly dir: string;
  readonly entries: readonly EntrySurface[];
  /** Subpaths of `exports` that lead to no declarations (`./package.json`, `./catalog.json`), with their targets. */
  readonly otherExports: readonly { readonly subpath: string; readonly target: string }[];
}

/** Above this many exports of one family, or members of one declaration, a report summarizes them. */
export const SUMMARY_THRESHOLD = 50;
/** How many exports of a summarized family a report shows in full. */
export const SHOWN_ITEMS = 5;
/** How many members of a summarized declaration a report shows. */
export const SHOWN_MEMBERS = 10;
