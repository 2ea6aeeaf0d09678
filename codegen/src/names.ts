/** Turning catalog names into safe TypeScript identifiers and file names. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await any boolean number string symbol ' +
    'never unknown object undefined bigint type namespace module declare abstract as asserts is keyof readonly infer ' +
    'satisfies accessor out constructor NaN Infinity eval arguments ' +
    // `exports.__proto__ = …` (CommonJS) and an enum's `E["__proto__"] = …` set a prototype
    // instead of a member: the export would be missing at run time while its type is declared.
    '__proto__'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A value-space identifier for a symbolic name: kept as is when safe, else prefixed with `_`. */
export function toIdentifier(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return IDENTIFIER.test(cleaned) && !RESERVED.has(cleaned) ? cleaned : `_${cleaned}`;
}

/** UPPER_SNAKE / camelCase / kebab → PascalCase; a leading digit gets a `Code` prefix. */
export function toPascalCase(name: string): string {
  let pascal = pascalCache.get(name);
  if (pascal === undefined) {
    // Validation asks twice per code and normalize once: remembered per run (bounded below).
    if (pascalCache.size >= PASCAL_CACHE_LIMIT) pascalCache.clear();
    pascalCache.set(name, (pascal = computePascalCase(name)));
  }
  return pascal;
}

const pascalCache = new Map<string, string>();
const PASCAL_CACHE_LIMIT = 100_000;

function computePascalCase(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
  if (pascal === '') return 'Code';
  return /^[0-9]/.test(pascal) ? `Code${pascal}` : pascal;
}

/**
 * File-name stem for a group's docs page: stable, no path characters (validated group ids are kept
 * as they are). `index` becomes `index_` (no valid id has `_`): on the docs site an API's
 * index page is its overview.
 */
export function toPageName(id: string): string {
  const stem = id.replace(/[^A-Za-z0-9_-]/g, '_');
  return stem === 'index' ? 'index_' : stem;
}

/**
 * The id GitHub (github-slugger) gives a heading: lowercased, punctuation other than `-` and `_`
 * dropped, spaces turned into `-` (a repeated slug gets `-1`, `-2`…, which no anchor can equal).
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Slugs of the headings every code section of a group page has (codegen/templates/group.md.hbs).
 * A code's anchor must not repeat one: the page would have two elements with that id, and a link
 * would land on the first, which need not be the code's section.
 */
export const SECTION_HEADING_SLUGS: ReadonlySet<string> = new Set(['message', 'description', 'cause', 'fix', 'parameters', 'details', 'example-body', 'handling-it']);

/**
 * Ids a code's anchor must not take on either of its pages: the package page's fixed headings,
 * and the ids of the docs site's layout that anchors could equal (VitePress's `<div id="app">`;
 * its other ids have capitals or hyphens, which no name's lowercase has). A test checks the built
 * site for any other.
 */
export const RESERVED_PAGE_IDS: ReadonlySet<string> = new Set([...SECTION_HEADING_SLUGS, 'app']);

/**
 * A code's anchor on its group page: the name lowercased (names are letters, digits and `_`, so
 * this is an id every Markdown renderer keeps), unless the page has a heading with that slug
 * (a code named MESSAGE; a group titled like the code): then `code-` + it, which no name can be.
 */
export function toAnchor(name: string, reserved: ReadonlySet<string>): string {
  let anchor = name.toLowerCase();
  while (reserved.has(anchor)) anchor = `code-${anchor}`;
  return anchor;
}
