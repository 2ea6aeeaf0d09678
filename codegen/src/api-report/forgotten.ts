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
import { Node, type SourceFile } from 'ts-morph';

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

/** The identifier a type position names: `A` of `A`, `A.B`, `typeof A.b` and `extends A<…>`. */
function namedAt(node: Node): Node | undefined {
  let id: Node;
  if (Node.isTypeReference(node)) id = node.getTypeName();
  else if (Node.isTypeQuery(node)) id = node.getExprName();
  else if (Node.isExpressionWithTypeArguments(node)) id = node.getExpression();
  else return undefined;
  for (;;) {
    if (Node.isQualifiedName(id)) id = id.getLeft();
    else if (Node.isPropertyAccessExpression(id)) id = id.getExpression();
    else return id;
  }
}

/**
 * Every name that the exports of `entries` (one package's entry declaration files, every
 * condition) use in their type text and that resolves to a declaration of the package itself
 * (`ownFile`: by the nearest package.json, so a dependency under its node_modules is not) which
 * none of those entries exports; sorted, each once. `relative` labels a file for the message.
 */
export function forgottenExports(entries: readonly SourceFile[], ownFile: (path: string) => boolean, relative: (path: string) => string): ForgottenExport[] {
  const exported = new Set<unknown>();
  for (const file of entries) for (const declarations of file.getExportedDeclarations().values()) for (const d of declarations) exported.add(d.compilerNode);
  const found = new Map<string, ForgottenExport>();
  for (const file of entries) {
    for (const [exportName, declarations] of file.getExportedDeclarations()) {
      for (const declaration of declarations) {
        // `export * as ns`: its members are reached through the namespace and checked where declared.
        if (Node.isSourceFile(declaration)) continue;
        for (const node of declaration.getDescendants()) {
          const id = namedAt(node);
          let symbol = id?.getSymbol();
          if (symbol === undefined) continue;
          if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
          for (const target of symbol.getDeclarations()) {
            if (Node.isTypeParameterDeclaration(target) || exported.has(target.compilerNode)) continue;
            const path = target.getSourceFile().getFilePath();
            if (!ownFile(path)) continue;
            const item: ForgottenExport = { exportName, exportFile: relative(declaration.getSourceFile().getFilePath()), name: symbol.getName(), declaredIn: relative(path) };
            found.set(`${item.exportName}\0${item.name}\0${item.declaredIn}`, item);
          }
        }
      }
    }
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** One line per forgotten export, for the command's error. */
export function describeForgotten(pkg: string, list: readonly ForgottenExport[]): string {
  const lines = list.map((f) => `  ${pkg}: \`${f.exportName}\` (${f.exportFile}) names \`${f.name}\` (${f.declaredIn}), which no entry point exports`);
  return `${list.length === 1 ? 'A public declaration names a type' : `${list.length} public declarations name types`} the package does not export (API Extractor's ae-forgotten-export):\n${lines.join('\n')}\nExport each from an entry point, or stop naming it in the public declaration.`;
}
