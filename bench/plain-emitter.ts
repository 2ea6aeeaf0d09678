/**
 * The floor for the emit step: codes.ts and errors.ts built with nothing but string pushes and
 * one join, using the same quoting helpers as the generator. The benchmark checks the text is
 * byte-identical to the real emitters' (so the comparison is like for like) and reports the
 * ratio of their times.
 */
import { tsBanner } from '../codegen/src/emit/banner.js';
import { ERROR_BASE_MEMBERS, namedType, recoveredParamsType, resultErrorDoc, resultErrorMembers, tupleType } from '../codegen/src/emit/errors.js';
import type { ApiModel, CodeModel } from '../codegen/src/model.js';
import { codeDocParts } from '../codegen/src/emit/code-doc.js';
import { jsdocText, tsCode, tsKey, tsString } from '../codegen/src/emit/quote.js';

class Lines {
  readonly out: string[] = [];
  private pad = '';
  line(text: string): void {
    this.out.push(text === '' ? '' : this.pad + text);
  }
  blank(): void {
    if (this.out[this.out.length - 1] !== '') this.out.push('');
  }
  indent(body: () => void): void {
    const before = this.pad;
    this.pad += '  ';
    body();
    this.pad = before;
  }
  doc(paragraphs: ReadonlyArray<string | undefined>, tags: readonly string[] = []): void {
    const lines: string[] = [];
    for (const p of paragraphs) {
      if (p === undefined || p === '') continue;
      if (lines.length > 0) lines.push('');
      lines.push(...jsdocText(p));
    }
    if (tags.length > 0 && lines.length > 0) lines.push('');
    lines.push(...tags);
    if (lines.length === 0) return;
    this.line('/**');
    for (const l of lines) this.line(l === '' ? ' *' : ` * ${l}`);
    this.line(' */');
  }
  codeDoc(c: CodeModel): void {
    const { paragraphs, tags } = codeDocParts(c);
    this.doc(paragraphs, tags);
  }
  text(catalogFile: string): string {
    return `${tsBanner(catalogFile)}\n${this.out.join('\n')}\n`;
  }
}

export function plainCodes(api: ApiModel): string {
  const { names } = api;
  const w = new Lines();
  w.doc([`Every code of the ${api.title}, exactly as it travels on the wire.`]);
  w.line(`export type ${names.codeUnion} =`);
  w.indent(() => api.codes.forEach((c, i) => w.line(`| ${tsCode(c.code)}${i === api.codes.length - 1 ? ';' : ''}`)));
  for (const c of api.codes) {
    w.blank();
    w.codeDoc(c);
    w.line(`export const ${c.ident} = ${tsCode(c.code)} as const;`);
  }
  return w.text(api.catalogFile);
}

export function plainErrors(api: ApiModel): string {
  const { names } = api;
  const apiId = tsString(api.id);
  const w = new Lines();
  w.line(`import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';`);
  w.line(`import type { ${names.codeUnion} } from './codes.js';`);
  w.blank();
  w.doc([`Id of the API these errors come from.`]);
  w.line(`export type ${names.apiId} = ${apiId};`);
  w.blank();
  w.doc([`Positional template parameters per code: \`formatMessage(code, ...${names.paramsMap}[code])\`.`]);
  w.line(`export interface ${names.paramsMap} {`);
  w.indent(() => api.codes.forEach((c) => w.line(`${tsKey(c.code)}: ${tupleType(c.params)};`)));
  w.line('}');
  w.blank();
  w.doc([`Named template parameters per code, as recovered from messages and accepted by \`formatMessageWith\`.`]);
  w.line(`export interface ${names.namedParamsMap} {`);
  w.indent(() => api.codes.forEach((c) => w.line(`${tsKey(c.code)}: ${namedType(c.params)};`)));
  w.line('}');
  w.blank();
  w.doc([
    `Positional template parameters per documented variant, for the codes with more than one: \`formatVariant(code, variant, ...${names.variantParamsMap}[code][variant])\`.`,
  ]);
  w.line(`export interface ${names.variantParamsMap} {`);
  w.indent(() =>
    api.codes.filter((c) => c.variants.length > 1).forEach((c) => w.line(`${tsKey(c.code)}: [${c.variants.map((v) => tupleType(v.params)).join(', ')}];`)),
  );
  w.line('}');
  w.blank();
  w.doc([`The variant indexes of each code with more than one documented variant: what \`formatVariant(code, variant)\` accepts as \`variant\`.`]);
  w.line(`export interface ${names.variantIndexMap} {`);
  w.indent(() =>
    api.codes.filter((c) => c.variants.length > 1).forEach((c) => w.line(`${tsKey(c.code)}: ${c.variants.map((_, i) => String(i)).join(' | ')};`)),
  );
  w.line('}');
  w.blank();
  w.doc([
    `What every known error of the ${api.title} carries besides its per-code members: the members of ErrcatErrorBase<${names.apiId}, ${names.anyError}>, and \`known: true\` (see ErrcatKnownError for what each means).`,
  ]);
  w.line(`export interface ${names.knownErrorBase} {`);
  w.indent(() => {
    for (const m of ERROR_BASE_MEMBERS) {
      w.line(`/** ${m.doc} */`);
      w.line(m.member(names.apiId, names.anyError));
    }
    w.line('readonly known: true;');
    w.line('/** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */');
    w.line('readonly rawCode?: undefined;');
    w.line(
      "/** The details exactly as received (an empty object when the entry had none), unchecked: `detailsOf(err)` gives them in the code's documented shape, or undefined when they do not match its schema. */",
    );
    w.line('readonly details: unknown;');
    w.line('/** Which of `entry.variants` the response matched (see ErrcatKnownError). */');
    w.line('readonly variant: number;');
  });
  w.line('}');
  for (const c of api.codes) {
    w.blank();
    w.codeDoc(c);
    const code = tsCode(c.code);
    w.line(`export interface ${c.errorTypeName} extends ${names.knownErrorBase} {`);
    w.indent(() => {
      w.line(`readonly code: ${code};`);
      w.line(`readonly kind: ${tsString(c.kind)};`);
      w.line(`readonly params: ${recoveredParamsType(c, names.namedParamsMap)};`);
      w.line(`readonly entry: CodeEntry<${code}>;`);
    });
    w.line('}');
  }
  w.blank();
  w.doc([`Every known error of the ${api.title}, discriminated on \`code\`.`]);
  w.line(`export type ${names.errorUnion} =`);
  w.indent(() => api.codes.forEach((c, i) => w.line(`| ${c.errorTypeName}${i === api.codes.length - 1 ? ';' : ''}`)));
  w.blank();
  w.doc([`A code the catalog does not have yet, kept whole.`]);
  w.line(`export type ${names.unknownError} = ErrcatUnknownError<${apiId}, ${names.anyError}>;`);
  w.blank();
  w.doc([`An entry of a ${api.title} response: a code the catalog knows (\`known: true\`) or one it does not.`]);
  w.line(`export type ${names.anyError} = ${names.errorUnion} | ${names.unknownError};`);
  w.blank();
  w.doc([resultErrorDoc(api)]);
  w.line(`export type ${names.resultError} =`);
  w.indent(() => resultErrorMembers(api).forEach((t, i, all) => w.line(`| ${t}${i === all.length - 1 ? ';' : ''}`)));
  w.blank();
  w.doc([`The error type of each code, read by indexed access: \`${names.errorMap}[C]\`.`]);
  w.line(`export interface ${names.errorMap} {`);
  w.indent(() => api.codes.forEach((c) => w.line(`${tsKey(c.code)}: ${c.errorTypeName};`)));
  w.line('}');
  w.blank();
  w.line(`export type { ${names.codeUnion} };`);
  return w.text(api.catalogFile);
}
