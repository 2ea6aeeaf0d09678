/**
 * The Handlebars templates of the Markdown docs (codegen/templates/*.hbs), compiled strict and
 * without HTML escaping (Markdown is escaped by emit/markdown.ts, not by Handlebars).
 *
 * The bundled generator carries them precompiled (codegen/scripts/bundle.mjs puts
 * `Handlebars.precompile`'s output in ERRCAT_TEMPLATES): parsing and compiling the templates took
 * ~85 ms of every cold run. Run from source (tsx, vitest), they are read and compiled here on
 * first use. A test checks that the bundled generator writes what the in-process pipeline does.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/**
 * Where the templates live. Resolved in this module because it sits one folder below codegen/,
 * as the bundle does (codegen/dist/errcat.mjs, which inlines it): the same relative URL is right
 * whether the generator runs from source or bundled.
 */
const TEMPLATES_DIR = new URL('../templates/', import.meta.url);

/**
 * Options every template is compiled with; codegen/scripts/bundle.mjs (plain JS) precompiles with
 * the same. Templates use only `if` and `each`, and no `@index`-style data: compiled as known
 * helpers without data frames they render ~10% faster (Markdown of 10,000 codes: ~0.6 → 0.55 s).
 */
const TEMPLATE_OPTIONS = { strict: true, noEscape: true, data: false, knownHelpersOnly: true, knownHelpers: { if: true, each: true } } as const;

/** Precompiled templates by file name, defined by the bundle's banner; undefined from source. */
declare const ERRCAT_TEMPLATES: Readonly<Record<string, TemplateSpecification>> | undefined;

export type Template = (view: object) => string;

const compiled = new Map<string, Template>();

export function template(name: string): Template {
  let t = compiled.get(name);
  if (t === undefined) {
    const spec = typeof ERRCAT_TEMPLATES === 'undefined' ? undefined : ERRCAT_TEMPLATES[name];
    t = spec === undefined ? Handlebars.compile(readFileSync(new URL(name, TEMPLATES_DIR), 'utf8'), TEMPLATE_OPTIONS) : Handlebars.template(spec);
    compiled.set(name, t);
  }
  return t;
}
