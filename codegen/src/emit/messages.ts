/**
 * messages.ts: formatMessage / formatMessageWith, typed so a wrong argument count fails to
 * compile. Templates are not repeated here: each code's template is read from its entry and
 * compiled into a concatenating closure on the first call (compileTemplate in @errcat/runtime).
 */
import type { ApiModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { renderTs, writeDoc } from './ts-writer.js';
import { tsString } from './quote.js';

export function emitMessages(api: ApiModel): GeneratedFile {
  const { names } = api;
  const apiId = tsString(api.id);
  const text = renderTs(api.catalogFile, 'src/messages.ts', (w) => {
    w.writeLine(`import { compileTemplate, notACode, type Formatter, type ParamList } from '@errcat/runtime';`);
    w.writeLine(`import type { ${names.codeUnion} } from './codes.js';`);
    w.writeLine(`import { lookup } from './entries.js';`);
    w.writeLine(`import type { ${names.namedParamsMap}, ${names.paramsMap}, ${names.variantIndexMap}, ${names.variantParamsMap} } from './errors.js';`);
    w.blankLine();
    // Maps, not null-prototype objects: a Map read measured a little faster here, and variants get
    // a Map of their own, so no code can collide with a variant's `code/variant` key.
    w.writeLine('const formatters = /* @__PURE__ */ new Map<string | number, Formatter>();');
    w.writeLine('const variantFormatters = /* @__PURE__ */ new Map<string, Formatter>();');
    w.blankLine();
    w.writeLine('function formatterOf(code: string | number): Formatter | undefined {');
    w.indent(() => {
      w.writeLine('const entry = lookup(code);');
      w.writeLine('if (entry === undefined) return undefined;');
      // A code whose message the vendor does not document formats as its name.
      // Kept under the catalog's code only: a JavaScript caller may pass an alias or a padded
      // integer (`' 0042'`), and a cache keyed by what it passed would grow with every spelling.
      w.writeLine('let format = formatters.get(entry.code);');
      w.writeLine('if (format === undefined) {');
      w.indent(() => {
        w.writeLine('format = compileTemplate(entry.message ?? entry.name, entry.paramDefaults, entry.params);');
        w.writeLine('formatters.set(entry.code, format);');
      });
      w.writeLine('}');
      w.writeLine('return format;');
    });
    w.writeLine('}');
    w.blankLine();
    writeDoc(
      w,
      [
        "The catalog message of a code (its primary variant) with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).",
        `The parameter count is checked against ${names.paramsMap}. A code whose message the vendor does not document (\`lookup(code).message\` is undefined) gives its name. A parameter with a catalog default may be left out: the default is used (its tuple element is optional). Any other left out (possible only from JavaScript) becomes its name in braces, \`{field}\`, never an empty gap. A code the catalog does not have (possible only from JavaScript too) throws a TypeError that names it. Other variants: formatVariant.`,
      ],
    );
    // NoInfer: C comes from `code` alone. Without it the checker contextually types the arguments
    // with the map indexed by the whole union first: 5x the instantiations per call (docs/benchmarks.md).
    // P, defaulted to the code's tuple and never inferred, has the constraint `readonly (string | undefined)[]`:
    // the checker reads that when it needs the rest parameter's constraint, instead of the union of
    // every code's tuple, which with labeled tuples (each a distinct type) cost ~5k instantiations at
    // 1,000 codes. Once C is known, P is the code's labeled tuple, so arity errors name the parameters.
    w.writeLine(
      `export function formatMessage<C extends ${names.codeUnion}, P extends ParamList = ${names.paramsMap}[C]>(code: C, ...params: NoInfer<P>): string {`,
    );
    w.indent(() => {
      // The parameters are spread into the formatter, which takes them by position: handing it the
      // rest array to index cost ~0.1x a hand-written concatenation (paired rounds, bench/paired.ts).
      w.writeLine('const format = formatters.get(code) ?? formatterOf(code);');
      // A code the catalog lacks (a JavaScript caller) throws a TypeError naming it, as detailsOf does.
      w.writeLine(`return format === undefined ? notACode(${apiId}, code) : format(...(params as ReadonlyArray<string | undefined>));`);
    });
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`Like formatMessage, with parameters by name (checked against ${names.namedParamsMap}).`]);
    w.writeLine(
      `export function formatMessageWith<C extends ${names.codeUnion}>(code: C, params: ${names.namedParamsMap}[C]): string {`,
    );
    w.indent(() => {
      w.writeLine('const format = formatters.get(code) ?? formatterOf(code);');
      w.writeLine(`if (format === undefined) return notACode(${apiId}, code);`);
      // Left out (JavaScript, or a code without parameters): every parameter is missing, so each
      // becomes its default or `{name}`, as in formatMessage; not a TypeError from reading undefined.
      w.writeLine('const named = (params ?? {}) as { readonly [name: string]: string | undefined };');
      w.writeLine('return format(...(lookup(code)?.params ?? []).map((name) => named[name]));');
    });
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [
      `The message of one documented variant of a code (\`lookup(code).variants[variant]\`), for the codes the vendor sends with several messages; variant 0 is what formatMessage formats.`,
      `The variant is checked against ${names.variantIndexMap}, the parameter count against ${names.variantParamsMap}; from JavaScript, a code or variant the catalog does not have throws a TypeError that names it.`,
    ]);
    w.writeLine(
      // As formatMessage: P, defaulted to the variant's tuple and never inferred, keeps the checker
      // from resolving every varied code's tuples while it types the arguments (with 1,250 varied
      // codes one call cost ~15k instantiations and doubled the checker's types; now 65). V's
      // constraint comes from the index map, not `number & keyof` the tuple: with P beside it,
      // that constraint let an out-of-range variant through. Extract<…, ParamList> only tells the
      // package's own build that a generic C and V index a tuple (codes differ in variant count);
      // once C and V are known it is the variant's labeled tuple itself.
      `export function formatVariant<C extends keyof ${names.variantIndexMap}, V extends ${names.variantIndexMap}[C], P extends ParamList = Extract<${names.variantParamsMap}[C][V], ParamList>>(code: C, variant: V, ...params: NoInfer<P>): string {`,
    );
    w.indent(() => {
      // The caller's spelling is a cache key only when both parts are what the types allow: a
      // JavaScript caller's '1' or an object whose toString gives "5" must not find what 1 or 5
      // left there (nor turn a Symbol into text), and goes the checked way below.
      w.writeLine("const key = typeof variant === 'number' && (typeof code === 'string' || typeof code === 'number') ? `${code}/${variant}` : undefined;");
      w.writeLine('let format = key === undefined ? undefined : variantFormatters.get(key);');
      w.writeLine('if (format === undefined) {');
      w.indent(() => {
        w.writeLine('const entry = lookup(code as unknown);');
        // A number only: `variants['length']` (a JavaScript caller) is no variant.
        w.writeLine("const chosen = typeof variant === 'number' ? entry?.variants[variant] : undefined;");
        w.writeLine(`if (entry === undefined) return notACode(${apiId}, code);`);
        w.writeLine(`if (chosen === undefined) return notACode(${apiId}, code, variant);`);
        // Under the catalog's code and the variant's index, as formatterOf: never a caller's
        // spelling, which is looked up and then finds the compiled template there.
        w.writeLine('const canonical = `${entry.code}/${chosen.index}`;');
        w.writeLine('format = variantFormatters.get(canonical);');
        w.writeLine('if (format === undefined) {');
        w.indent(() => {
          w.writeLine('format = compileTemplate(chosen.message ?? entry.name, chosen.paramDefaults, chosen.params);');
          w.writeLine('variantFormatters.set(canonical, format);');
        });
        w.writeLine('}');
      });
      w.writeLine('}');
      w.writeLine('return format(...(params as ReadonlyArray<string | undefined>));');
    });
    w.writeLine('}');
  });
  return file('src/messages.ts', text);
}
