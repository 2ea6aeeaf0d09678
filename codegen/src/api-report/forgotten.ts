/**
 * Forgotten exports, as API Extractor calls them (ae-forgotten-export): a public declaration whose
 * type text names a declaration of the same package that no entry point exports. A reader of the
 * report (or of the .d.ts) then meets a name they cannot import or look up: `readCauses(budget:
 * WalkBudget, …)` with no `WalkBudget` anywhere. Such names are refused, not reported: the fix is
 * always one line (export the type, or stop naming it), and a report that recorded them would
 * record a defect as the contract.
 *
 * Declarations of other packages (the runtime's types in a generated package's signatures) are
 * importable from those packages and are not this package's to export. Type parameters and names
 * the compiler cannot resolve (lib types, under `noLib`) are not declarations of the package.
 */
import { Node, ts, type SourceFile } from 'ts-morph';

export interface ForgottenExport {
  /** The export whose declaration names the forgotten one. */
  readonly exportName: string;
  /** The declaration file of that export, relative to the package. */
  readonly exportFile: string;
  /** The name as written in the declaration. */
  readonly name: string;
  /** Where the named declaration lives, relative to the package. */
  readonly declaredIn: string;
}

/** The identifier a type position names: `A` of `A`, `A.B`, `typeof A.b` and `extends A<…>`; else undefined. */
function namedAt(node: ts.Node): ts.Node | undefined {
  let id: ts.Node;
  if (ts.isTypeReferenceNode(node)) id = node.typeName;
  else if (ts.isTypeQueryNode(node)) id = node.exprName;
  else if (ts.isExpressionWithTypeArguments(node)) id = node.expression;
  else return undefined;
  for (;;) {
    if (ts.isQualifiedName(id)) id = id.left;
    else if (ts.isPropertyAccessExpression(id)) id = id.expression;
    else return id;
  }
}

/**
 * Every name that the exports of `entries` (one package's entry declaration files, every
 * condition) use in their type text and that resolves to a declaration of the package itself
 * (`ownFile`: by the nearest package.json, so a dependency under its node_modules is not) which
 * none of those entries exports; sorted, each once. `relative` labels a file for the message.
 *
 * The walk uses the compiler's nodes and checker directly, not ts-morph's wrappers (one wrapper
 * per node made the check cost ~45% of a 1,000-code report), and reads each declaration once
 * however many entry points export it.
 */
export function forgottenExports(entries: readonly SourceFile[], ownFile: (path: string) => boolean, relative: (path: string) => string): ForgottenExport[] {
  const exports: Array<[string, Node]> = [];
  const exported = new Set<ts.Node>();
  for (const file of entries) {
    for (const [name, declarations] of file.getExportedDeclarations()) {
      for (const d of declarations) {
        exported.add(d.compilerNode);
        exports.push([name, d]);
      }
    }
  }
  const checker = entries[0]?.getProject().getTypeChecker().compilerObject;
  if (checker === undefined) return [];
  const found = new Map<string, ForgottenExport>();
  const read = new Set<ts.Node>();
  /** Per symbol, the package's own declarations no entry exports (usually none). */
  const unexported = new Map<ts.Symbol, ts.Declaration[]>();
  const forgottenOf = (symbol: ts.Symbol): ts.Declaration[] => {
    let list = unexported.get(symbol);
    if (list === undefined) {
      list = (symbol.declarations ?? []).filter((d) => !ts.isTypeParameterDeclaration(d) && !exported.has(d) && ownFile(d.getSourceFile().fileName));
      unexported.set(symbol, list);
    }
    return list;
  };
  for (const [exportName, declaration] of exports) {
    // `export * as ns`: its members are reached through the namespace and checked where declared.
    if (Node.isSourceFile(declaration) || read.has(declaration.compilerNode)) continue;
    read.add(declaration.compilerNode);
    const exportFile = relative(declaration.getSourceFile().getFilePath());
    const visit = (node: ts.Node): void => {
      const id = namedAt(node);
      let symbol = id === undefined ? undefined : checker.getSymbolAtLocation(id);
      if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
      if (symbol !== undefined) {
        for (const target of forgottenOf(symbol)) {
          const item: ForgottenExport = { exportName, exportFile, name: symbol.getName(), declaredIn: relative(target.getSourceFile().fileName) };
          found.set(`${item.exportName}\0${item.name}\0${item.declaredIn}`, item);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(declaration.compilerNode);
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** One line per forgotten export, for the command's error. */
export function describeForgotten(pkg: string, list: readonly ForgottenExport[]): string {
  const lines = list.map((f) => `  ${pkg}: \`${f.exportName}\` (${f.exportFile}) names \`${f.name}\` (${f.declaredIn}), which no entry point exports`);
  return `${list.length === 1 ? 'A public declaration names a type' : `${list.length} public declarations name types`} the package does not export (API Extractor's ae-forgotten-export):\n${lines.join('\n')}\nExport each from an entry point, or stop naming it in the public declaration.`;
}
