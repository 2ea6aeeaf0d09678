/**
 * messages.ts: templates and a precompiled formatter per code (string concatenation: the
 * fastest form measured in PERFORMANCE-NOTES.md), typed so a wrong argument count fails to compile.
 */
import type { ApiModel, CodeModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsKey, tsString } from './quote.js';
import { renderTs, writeDoc } from './ts-writer.js';

/** `(p) => "lit" + (p[0] ?? "") + "lit"`: every literal part goes through tsString. */
function formatterSource(c: CodeModel): string {
  const parts: string[] = [];
  c.messageLiterals.forEach((literal, i) => {
    if (literal !== '') parts.push(tsString(literal));
    if (i < c.params.length) {
      const param = c.params[i];
      parts.push(`(p[${i}] ?? ${tsString(param?.default ?? '')})`);
    }
  });
  if (parts.length === 0) parts.push('""');
  return c.params.length === 0 ? `() => ${parts.join(' + ')}` : `(p) => ${parts.join(' + ')}`;
}

export function emitMessages(api: ApiModel): GeneratedFile {
  const { names } = api;
  const text = renderTs(api.catalogFile, 'src/messages.ts', (w) => {
    w.writeLine(`import { table } from '@errcat/runtime';`);
    w.writeLine(`import type { ${names.codeUnion} } from './codes.js';`);
    w.writeLine(`import type { ${names.namedParamsMap}, ${names.paramsMap} } from './errors.js';`);
    w.blankLine();
    w.writeLine('type Formatter = (p: ReadonlyArray<string | undefined>) => string;');
    w.blankLine();
    w.writeLine(`const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in ${names.codeUnion}]: Formatter }>({`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${formatterSource(c)},`)));
    w.writeLine('});');
    w.blankLine();
    w.writeLine(`const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in ${names.codeUnion}]?: readonly string[] }>({`);
    w.indent(() =>
      api.codes
        .filter((c) => c.params.length > 0)
        .forEach((c) => w.writeLine(`${tsKey(c.code)}: [${c.params.map((p) => tsString(p.name)).join(', ')}],`)),
    );
    w.writeLine('});');
    w.blankLine();
    writeDoc(w, ['Message template of every code: `%s` per parameter, `%%` a literal percent sign.']);
    w.writeLine(`export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<${names.codeUnion}, string>>>({`);
    w.indent(() => api.codes.forEach((c) => w.writeLine(`${tsKey(c.code)}: ${tsString(c.message)},`)));
    w.writeLine('});');
    w.blankLine();
    writeDoc(
      w,
      [
        "The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).",
        `The parameter count is checked against ${names.paramsMap}.`,
      ],
    );
    // NoInfer: C comes from `code` alone. Without it the checker contextually types the arguments
    // with the map indexed by the whole union first: 5x the instantiations per call (docs/benchmarks.md).
    w.writeLine(`export function formatMessage<C extends ${names.codeUnion}>(code: C, ...params: NoInfer<${names.paramsMap}[C]>): string {`);
    w.indent(() => {
      w.writeLine('const format = formatters[code];');
      w.writeLine(`return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);`);
    });
    w.writeLine('}');
    w.blankLine();
    writeDoc(w, [`Like formatMessage, with parameters by name (checked against ${names.namedParamsMap}).`]);
    w.writeLine(
      `export function formatMessageWith<C extends ${names.codeUnion}>(code: C, params: ${names.namedParamsMap}[C]): string {`,
    );
    w.indent(() => {
      w.writeLine('const format = formatters[code];');
      w.writeLine('if (format === undefined) return \'\';');
      w.writeLine('const named = params as { readonly [name: string]: string | undefined };');
      w.writeLine('return format((paramNames[code] ?? []).map((name) => named[name]));');
    });
    w.writeLine('}');
  });
  return file('src/messages.ts', text);
}
