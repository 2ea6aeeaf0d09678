/** codes.ts: the literal union, one tree-shakable const per code, and an `as const` object. */
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
    w.blankLine();
    writeDoc(w, [
      `Every code as an \`as const\` object, for projects that avoid enums. Keys are the symbolic names; each value is the per-code constant above, which carries the code's documentation.`,
    ]);
    // Shorthand members without their own TSDoc: a second copy of every code's documentation made
    // codes.d.ts 3.8 MB instead of 2.2 MB at 5,000 codes, all parsed by every consumer (docs/benchmarks.md).
    w.writeLine(`export const ${names.codeObject} = {`);
    w.indent(() => {
      for (const c of api.codes) w.writeLine(`${c.ident},`);
    });
    w.writeLine('} as const;');
  });
  return file('src/codes.ts', text);
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
