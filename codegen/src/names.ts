/** Turning catalog names into safe TypeScript identifiers and file names. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await any boolean number string symbol ' +
    'never unknown object undefined bigint type namespace module declare abstract as asserts is keyof readonly infer ' +
    'satisfies accessor out constructor NaN Infinity eval arguments'
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
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
  if (pascal === '') return 'Code';
  return /^[0-9]/.test(pascal) ? `Code${pascal}` : pascal;
}

/** File-name stem for a code's docs page: stable, lowercase-safe, no path characters. */
export function toPageName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
