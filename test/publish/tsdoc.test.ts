/**
 * TSDoc reaches the user: the built declarations (what a consumer's editor reads) keep each
 * code's message, HTTP status, fix and docs link, on the per-code const, the enum member and the
 * per-code error interface, and an editor hover (TypeScript's language service, resolving the
 * package like a consumer) shows them. The docs link is a Markdown link with no `@see`/`@link`
 * anywhere in the comment: either word makes tsc parse the comment in every consumer's build
 * (codegen/src/emit/code-doc.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { jsdocText } from '../../codegen/src/emit/quote.js';
import { markdownUrl, UNDOCUMENTED_MESSAGE } from '../../codegen/src/emit/code-doc.js';
import { codeIdent } from '../../bench/bundle-measure.js';
import { assertBuilt, publishablePackages, ROOT } from './packages.js';

interface CatalogCode {
  code: string | number;
  name: string;
  httpStatuses: number[];
  /** null when the vendor documents no message for the code. */
  message: string | null;
  fix?: string;
  docs: string;
}

const generated = publishablePackages().filter((p) => p.rel.startsWith('generated/'));
assertBuilt(generated);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The comment text of a JSDoc block, without its `/**`, `*` and `*\/` decoration. */
function commentBody(doc: ts.JSDoc): string {
  return squash(
    doc
      .getText()
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n'),
  );
}

/** What the per-code doc must say, escaped the way the generator escapes catalog text for JSDoc. */
function expectedParts(c: CatalogCode): string[] {
  const text = (s: string) => squash(jsdocText(s).join('\n'));
  return [
    text(`${JSON.stringify(c.code)}: ${c.message ?? UNDOCUMENTED_MESSAGE}`),
    `HTTP ${c.httpStatuses.join(', ')}`,
    ...(c.fix === undefined ? [] : [text(`Fix: ${c.fix}`)]),
    `[Reference](${markdownUrl(c.docs)})`,
  ];
}

/** The wire code an error interface is for: its `code` member's literal type (`error 123`, `error "X"`). */
function errorCode(node: ts.InterfaceDeclaration, source: ts.SourceFile): string {
  const member = node.members.find((m) => ts.isPropertySignature(m) && m.name.getText(source) === 'code') as ts.PropertySignature | undefined;
  return member?.type?.getText(source) ?? '';
}

function docsByName(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isEnumMember(node) || ts.isInterfaceDeclaration(node)) {
      const name = node.name.getText(source).replace(/^["']|["']$/g, '');
      const blocks = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      const owner = ts.isEnumMember(node) ? `${(node.parent as ts.EnumDeclaration).name.text}.${name}` : ts.isInterfaceDeclaration(node) ? `error ${errorCode(node, source)}` : name;
      docs.set(owner, blocks.map(commentBody).join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

describe.each(generated.map((p) => [p.rel, p] as const))('%s', (_rel, pkg) => {
  const catalog = JSON.parse(readFileSync(join(pkg.dir, 'catalog.json'), 'utf8')) as { codes: CatalogCode[] };
  const codesDts = readFileSync(join(pkg.dir, 'dist', 'esm', 'codes.d.ts'), 'utf8');
  const prefix = /export type (\w+)Code =/.exec(codesDts)![1]!;

  test.each(['esm', 'cjs'])('dist/%s declarations keep every code’s doc on the const, the enum member and the error type', (format) => {
    const consts = docsByName(join(pkg.dir, 'dist', format, 'codes.d.ts'));
    const members = docsByName(join(pkg.dir, 'dist', format, 'enum.d.ts'));
    const errors = docsByName(join(pkg.dir, 'dist', format, 'errors.d.ts'));
    expect(catalog.codes.length).toBeGreaterThan(0);
    for (const c of catalog.codes) {
      const ident = codeIdent(c.name);
      for (const [where, doc] of [
        [`const ${ident}`, consts.get(ident)],
        [`${prefix}ErrorCode.${ident}`, members.get(`${prefix}ErrorCode.${ident}`)],
        [`error type of ${String(c.code)}`, errors.get(`error ${JSON.stringify(c.code)}`)],
      ] as const) {
        expect(doc, where).toBeDefined();
        for (const part of expectedParts(c)) expect(doc, where).toContain(part);
        // Either word makes every consumer's tsc parse the comment (code-doc.ts).
        expect(doc, where).not.toMatch(/@(?:see|link)/i);
      }
    }
  });
});

test('an editor hover on a code const, an enum member, an error type and a codes-object member shows message, status, fix and docs link', () => {
  const pkg = generated.find((p) => p.manifest.name === '@errcat/zoho-crm') ?? generated[0]!;
  const catalog = JSON.parse(readFileSync(join(pkg.dir, 'catalog.json'), 'utf8')) as { codes: CatalogCode[] };
  const code = catalog.codes.find((c) => c.fix !== undefined)!;
  const ident = codeIdent(code.name);
  const prefix = /export type (\w+)Code =/.exec(readFileSync(join(pkg.dir, 'dist', 'esm', 'codes.d.ts'), 'utf8'))![1]!;
  // A consumer file at the repository root: the package resolves through node_modules and its
  // exports map (the root devDependency links the workspace package), so dist/ is what is read.
  const fileName = join(ROOT, '__hover__.ts');
  const errorsDts = readFileSync(join(pkg.dir, 'dist', 'esm', 'errors.d.ts'), 'utf8');
  const errorType = new RegExp(`export interface (\\w+) extends \\w+ \\{\\s*readonly code: ${JSON.stringify(code.code)};`).exec(errorsDts)![1]!;
  const text = [
    `import { ${ident}, ${prefix}Codes } from ${JSON.stringify(pkg.manifest.name)};`,
    `import { ${prefix}ErrorCode } from ${JSON.stringify(`${pkg.manifest.name}/enum`)};`,
    `import type { ${errorType} } from ${JSON.stringify(pkg.manifest.name)};`,
    `export const a = ${ident};`,
    `export const b = ${prefix}ErrorCode.${ident};`,
    `export type C = ${errorType};`,
    `export const e = ${prefix}Codes.${ident};`,
    '',
  ].join('\n');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => {
      const contents = f === fileName ? text : ts.sys.readFile(f);
      return contents === undefined ? undefined : ts.ScriptSnapshot.fromString(contents);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === fileName || ts.sys.fileExists(f),
    readFile: (f) => (f === fileName ? text : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: (f) => ts.sys.realpath?.(f) ?? f,
  };
  const service = ts.createLanguageService(host);
  const program = service.getProgram()!;
  const declarationFiles = program.getSourceFiles().map((f) => f.fileName).filter((f) => f.includes(`/${pkg.rel}/`));
  expect(declarationFiles.some((f) => f.endsWith('/dist/esm/codes.d.ts'))).toBe(true);
  expect(declarationFiles.filter((f) => f.includes('/src/'))).toEqual([]);

  // The codes object is the constants' namespace: its members show the constants' docs.
  for (const marker of [`a = ${ident}`, `b = ${prefix}ErrorCode.${ident}`, `C = ${errorType}`, `e = ${prefix}Codes.${ident}`]) {
    const position = text.indexOf(marker) + marker.length - 1;
    const info = service.getQuickInfoAtPosition(fileName, position);
    expect(info, marker).toBeDefined();
    const documentation = squash(ts.displayPartsToString(info!.documentation));
    const tags = (info!.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`);
    expect(documentation, marker).toContain(squash(`${JSON.stringify(code.code)}: ${code.message}`));
    expect(documentation, marker).toContain(`HTTP ${code.httpStatuses.join(', ')}`);
    expect(documentation, marker).toContain(squash(`Fix: ${code.fix!}`));
    expect(documentation, marker).toContain(`[Reference](${markdownUrl(code.docs)})`);
    expect(tags.join('\n'), marker).not.toMatch(/@(?:see|link)/);
  }
});
