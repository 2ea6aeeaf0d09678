/** codes.ts: the literal union and one tree-shakable const per code; code-object.ts: all of them as one object. */
import type { ApiModel } from '../model.js';
import { file, type GeneratedFile } from './files.js';
import { tsCode } from './quote.js';
import { writeCodeDoc } from './code-doc.js';
import { renderTs, writeDoc } from './ts-writer.js';

export function emitCodes(api: ApiModel): GeneratedFile {
  const { names } = api;
  const text = renderTs(api.catalogFile, 'src/codes.ts', (w) => {
    writeDoc(w, [`Every code of the ${api.title}, exactly as it travels on the wire.`]);
    w.writeLine(`export type ${names.codeUnion} =`);
    w.indent(() => {
      api.codes.forEach((c, i) => w.writeLine(`| ${tsCode(c.code)}${i === api.codes.length - 1 ? ';' : ''}`));
    });
    for (const c of api.codes) {
      w.blankLine();
      writeCodeDoc(w, c);
      // `as const`: a non-widening literal, so `let x = CODE` keeps the literal type.
      w.writeLine(`export const ${c.ident} = ${tsCode(c.code)} as const;`);
    }
  });
  return file('src/codes.ts', text);
}

/**
 * The codes object is the namespace of codes.ts rather than an object literal: its declaration is
 * one line instead of a member per code that every consumer's tsc parses and binds (~0.1 s of
 * tsc's CPU at 5,000 codes, paired runs), a hover on a member shows the constant's TSDoc, and
 * bundlers resolve `Codes.X` to the one constant. It is a module of its own because a module
 * cannot export its own namespace without containing it.
 */
export function emitCodeObject(api: ApiModel): GeneratedFile {
  const text = renderTs(api.catalogFile, 'src/code-object.ts', (w) => {
    writeDoc(w, [
      `Every code as one object, for projects that avoid enums: the module namespace of the per-code constants. Keys are the symbolic names; each value is the per-code constant, which carries the code's documentation.`,
    ]);
    w.writeLine(`export * as ${api.names.codeObject} from './codes.js';`);
  });
  return file('src/code-object.ts', text);
}

export function emitEnum(api: ApiModel): GeneratedFile {
  const text = renderTs(api.catalogFile, 'src/enum.ts', (w) => {
    writeDoc(w, [
      `The codes of the ${api.title} as a TypeScript enum.`,
      'A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.',
    ]);
    w.writeLine(`export enum ${api.names.codeEnum} {`);
    w.indent(() => {
      for (const c of api.codes) {
        writeCodeDoc(w, c);
        w.writeLine(`${c.ident} = ${tsCode(c.code)},`);
      }
    });
    w.writeLine('}');
  });
  return file('src/enum.ts', text);
}
