/**
 * Message templates: `%s` is a run-time parameter, `%%` a literal percent sign,
 * any other `%` is literal. Shared by the generator (which precompiles templates)
 * and by the parser (which recovers parameters from a vendor message).
 */
import { shownValue } from './parse/safe-read.js';

/** A template split into literal text around its placeholders: `literals.length === placeholders + 1`. */
export interface SplitTemplate {
  readonly literals: readonly string[];
}

export function splitTemplate(template: string): SplitTemplate {
  const literals: string[] = [];
  let current = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '%' && i + 1 < template.length) {
      const next = template[i + 1];
      if (next === 's') {
        literals.push(current);
        current = '';
        i++;
        continue;
      }
      if (next === '%') {
        current += '%';
        i++;
        continue;
      }
    }
    current += ch;
  }
  literals.push(current);
  return { literals };
}

export function countPlaceholders(template: string): number {
  return splitTemplate(template).literals.length - 1;
}

/**
 * What a missing parameter (a JavaScript caller passing too few, or a vendor message without one)
 * becomes: its name in braces, `{field}`, so the gap shows instead of reading "value for ."; an
 * empty string only when the name is not known either.
 */
export function missingParam(names: readonly string[] | undefined, i: number): string {
  const name = names?.[i];
  return name === undefined ? '' : `{${name}}`;
}

/**
 * Substitutes params in order. A parameter value is inserted verbatim: a `%s` inside it
 * is never substituted again. A missing param becomes `{name}` (missingParam).
 */
export function formatTemplate(template: string, params: readonly unknown[], names?: readonly string[]): string {
  const { literals } = splitTemplate(template);
  let out = literals[0] as string;
  for (let i = 1; i < literals.length; i++) {
    const value = params[i - 1];
    out += (value === undefined ? missingParam(names, i - 1) : String(value)) + (literals[i] as string);
  }
  return out;
}

/**
 * What a generated formatMessage, formatMessageWith or formatVariant throws for a code the catalog
 * does not have, or a variant the code does not have. Their types refuse both, so only a
 * JavaScript caller gets here; an empty string would read as a message the vendor left empty.
 */
export function notACode(api: string, code: unknown, ...variant: [variant?: unknown]): never {
  const shown = (v: unknown): string =>
    typeof v === 'string' ? shownValue(v) : typeof v === 'number' || v === null || v === undefined ? String(v) : `a value of type ${typeof v}`;
  throw new TypeError(
    variant.length > 0 ? `errcat: ${api} code ${shown(code)} has no documented variant ${shown(variant[0])}` : `errcat: ${shown(code)} is not a ${api} code`,
  );
}

/**
 * A compiled template: parameters by position, a missing one replaced by its default, else
 * `{name}`. They are arguments, not an array to index: the generated formatMessage spreads its
 * rest parameters into it, which V8 optimizes better than indexing the array in a closure
 * (formatMessage ~1.55x → ~1.4x a hand-written concatenation, paired rounds).
 */
export type Formatter = (...params: ReadonlyArray<string | undefined>) => string;

/**
 * Compiles a template once into a closure that only concatenates (generated `formatMessage`
 * compiles each code's template on its first call). Up to three parameters get a closure of
 * their own shape: measured at 0.9-1.0x the speed of a function generated per template, where
 * splitting per call is ~30x slower (docs/benchmarks.md, "Runtime").
 */
export function compileTemplate(
  template: string,
  defaults: ReadonlyArray<string | undefined> = [],
  names?: readonly string[],
): Formatter {
  const { literals } = splitTemplate(template);
  const [s0 = '', s1 = '', s2 = '', s3 = ''] = literals;
  // What fills a parameter left out: its default, else its name in braces (missingParam).
  const fill = (i: number): string => defaults[i] ?? missingParam(names, i);
  const d0 = fill(0);
  const d1 = fill(1);
  const d2 = fill(2);
  switch (literals.length) {
    case 1:
      return () => s0;
    case 2:
      return (a) => s0 + (a ?? d0) + s1;
    case 3:
      return (a, b) => s0 + (a ?? d0) + s1 + (b ?? d1) + s2;
    case 4:
      return (a, b, c) => s0 + (a ?? d0) + s1 + (b ?? d1) + s2 + (c ?? d2) + s3;
    default:
      return (...p) => {
        let out = s0;
        for (let i = 1; i < literals.length; i++) out += (p[i - 1] ?? fill(i - 1)) + (literals[i] as string);
        return out;
      };
  }
}

const splits = new Map<string, readonly string[]>();

/**
 * Recovers the parameters of a message produced by `template`, or `undefined` when the
 * message does not have the template's shape. Placeholders match lazily except the last,
 * so "a %s b %s" against "a x b y b z" yields ["x", "y b z"]: the same answer as the regular
 * expression `^a ([\s\S]*?) b ([\s\S]*)$`, found by scanning for each literal's first
 * occurrence (a match exists exactly when the earliest occurrences form one). No RegExp is
 * compiled: the generator's lint checks a thousand templates once each, where compiling
 * one expression per template cost more than the scan (~55 ms per 1,000 codes, cold).
 */
export function matchTemplate(template: string, message: string): string[] | undefined {
  let literals = splits.get(template);
  if (literals === undefined) {
    literals = splitTemplate(template).literals;
    if (splits.size >= 1000) splits.clear();
    splits.set(template, literals);
  }
  const first = literals[0] as string;
  if (!message.startsWith(first)) return undefined;
  if (literals.length === 1) return message.length === first.length ? [] : undefined;
  const last = literals[literals.length - 1] as string;
  // Where the final literal must start: it ends the message, after everything before it.
  const end = message.length - last.length;
  if (end < first.length || !message.endsWith(last)) return undefined;
  const values: string[] = [];
  let at = first.length;
  for (let i = 1; i < literals.length - 1; i++) {
    const literal = literals[i] as string;
    const found = message.indexOf(literal, at);
    if (found === -1 || found + literal.length > end) return undefined;
    values.push(message.slice(at, found));
    at = found + literal.length;
  }
  values.push(message.slice(at, end));
  return values;
}
