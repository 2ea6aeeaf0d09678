/**
 * Reads the surface of built packages with ts-morph: for every entry point and condition, the
 * compiler resolves what the declaration file exports (`export *`, `export type *`, re-exports
 * from other packages, `export * as`), and each exported declaration is printed by the compiler's
 * own printer without comments, one line per member. Only this module (and the api-report
 * command that loads it on demand) imports ts-morph: `errcat generate` never does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { Node, Project, ts, type SourceFile } from 'ts-morph';
import { forgottenExports, type ForgottenExport } from './forgotten.js';
import type { EntrySurface, ItemKind, PackageSurface, ReportItem } from './model.js';
import { PackageError, type PublishedPackage } from './packages.js';

/** Whitespace runs that span lines become one space: every member and signature is one line. */
const collapse = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * One Project for every package: declaration files are parsed once even where packages share
 * them (the runtime's, which every generated package re-exports). No lib files and no type
 * checking: resolving exports needs only the binder and module resolution.
 */
export function createReportProject(): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noLib: true,
      skipLibCheck: true,
      types: [],
      noEmit: true,
    },
  });
}

interface PackageInfo {
  readonly name: string;
  readonly dir: string;
  /** Folders holding the package's entry declarations (`dist/esm`, `dist/cjs`), longest first. */
  readonly declarationRoots: readonly string[];
}

export class SurfaceReader {
  private readonly printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  private readonly packageOfDir = new Map<string, PackageInfo | undefined>();

  constructor(
    private readonly project: Project,
    private readonly root: string,
  ) {}

  /**
   * Adds the entry declarations of every package before any is read: adding a file to a Project
   * discards its program, and every read builds one (binding every file) to resolve exports.
   */
  addPackages(packages: readonly PublishedPackage[]): void {
    const paths: string[] = [];
    for (const pkg of packages) {
      for (const entry of pkg.entries) {
        for (const source of entry.sources) {
          const path = join(this.root, pkg.dir, source.file);
          if (!existsSync(path)) throw new PackageError(`${pkg.dir}/${source.file} does not exist (${pkg.name} "${entry.subpath}", ${source.condition}): run \`pnpm build\` first`);
          if (this.twinOf(pkg, entry, source) === undefined) paths.push(path);
        }
      }
    }
    for (const path of paths) if (this.project.getSourceFile(path) === undefined) this.project.addSourceFileAtPath(path);
    this.project.resolveSourceFileDependencies();
  }

  /** The surface of one package: every entry point under every condition, equal surfaces merged. */
  read(pkg: PublishedPackage): PackageSurface {
    const entries: EntrySurface[] = [];
    for (const entry of pkg.entries) {
      const specifier = entry.subpath === '.' ? pkg.name : `${pkg.name}/${entry.subpath.replace(/^\.\//, '')}`;
      const bySurface = new Map<string, { sources: Array<{ condition: string; file: string }>; items: ReportItem[] }>();
      const read = new Map<string, ReportItem[]>();
      for (const source of entry.sources) {
        const path = join(this.root, pkg.dir, source.file);
        if (!existsSync(path)) throw new PackageError(`${pkg.dir}/${source.file} does not exist (${pkg.name} "${entry.subpath}", ${source.condition}): run \`pnpm build\` first`);
        const twin = this.twinOf(pkg, entry, source);
        const items = twin !== undefined ? (read.get(twin) as ReportItem[]) : this.items(this.project.getSourceFile(path) ?? this.project.addSourceFileAtPath(path), pkg.name);
        read.set(source.file, items);
        const key = JSON.stringify(items);
        const same = bySurface.get(key);
        if (same === undefined) bySurface.set(key, { sources: [source], items });
        else same.sources.push(source);
      }
      for (const { sources, items } of bySurface.values()) entries.push({ specifier, sources, items });
    }
    return { name: pkg.name, dir: pkg.dir, entries, otherExports: pkg.otherExports };
  }

  /** Names the package's public declarations use but none of its entry points exports (forgotten.ts). */
  forgotten(pkg: PublishedPackage): ForgottenExport[] {
    const dir = join(this.root, pkg.dir);
    const files: SourceFile[] = [];
    for (const entry of pkg.entries) {
      for (const source of entry.sources) {
        // Twins (twinOf) were never added: their declarations are the same text as an added file's.
        const file = this.project.getSourceFile(join(dir, source.file));
        if (file !== undefined && !files.includes(file)) files.push(file);
      }
    }
    const own = (path: string): boolean => this.packageOf(dirname(path))?.dir === dir;
    return forgottenExports(files, own, (path) => relative(dir, path).split('\\').join('/'));
  }

  /**
   * An earlier source of the same entry point whose declarations are a byte-identical copy (the
   * ESM and CommonJS builds of one tsc run: same files, same text, under dist/esm and dist/cjs),
   * so its surface is the same: such trees are compared, not parsed twice. Module resolution here
   * does not depend on the condition (Bundler resolution from every file), so identical files
   * export identical things.
   */
  private twinOf(pkg: PublishedPackage, entry: PublishedPackage['entries'][number], source: { condition: string; file: string }): string | undefined {
    for (const earlier of entry.sources) {
      if (earlier === source) return undefined;
      const a = posix.dirname(earlier.file);
      const b = posix.dirname(source.file);
      if (posix.basename(earlier.file) === posix.basename(source.file) && a !== b && this.sameTree(join(this.root, pkg.dir, a), join(this.root, pkg.dir, b))) return earlier.file;
    }
    return undefined;
  }

  private readonly trees = new Map<string, boolean>();
  private readonly printed = new Map<ts.Node, Map<string, ReportItem>>();

  private sameTree(a: string, b: string): boolean {
    const key = `${a}\n${b}`;
    let same = this.trees.get(key);
    if (same === undefined) {
      same = declarationTree(a) === declarationTree(b);
      this.trees.set(key, same);
    }
    return same;
  }

  private items(file: SourceFile, ownPackage: string): ReportItem[] {
    const items: ReportItem[] = [];
    for (const [name, declarations] of file.getExportedDeclarations()) {
      const byKind = new Map<ItemKind, Node[]>();
      for (const node of declarations) {
        const kind = kindOf(node);
        if (kind === undefined) continue;
        byKind.set(kind, [...(byKind.get(kind) ?? []), node]);
      }
      for (const [kind, nodes] of byKind) {
        // The root entry and the subpaths export the same declarations: each is printed once.
        const key = `${name}\0${kind}\0${ownPackage}\0${nodes.length}`;
        const first = (nodes[0] as Node).compilerNode;
        let cached = this.printed.get(first);
        if (cached === undefined) this.printed.set(first, (cached = new Map()));
        let item = cached.get(key);
        if (item === undefined) cached.set(key, (item = this.item(name, kind, nodes, ownPackage)));
        items.push(item);
      }
    }
    return items.sort((a, b) => compare(a.name, b.name) || compare(a.kind, b.kind));
  }

  private print(node: Node | ts.Node, sourceFile: SourceFile): string {
    const compilerNode = node instanceof Node ? node.compilerNode : node;
    return this.printer.printNode(ts.EmitHint.Unspecified, compilerNode, sourceFile.compilerNode);
  }

  private item(name: string, kind: ItemKind, nodes: readonly Node[], ownPackage: string): ReportItem {
    const first = nodes[0] as Node;
    const sourceFile = first.getSourceFile();
    const module = this.moduleLabel(Node.isSourceFile(first) ? first : sourceFile, ownPackage);
    const print = (node: Node | ts.Node): string => collapse(this.print(node, sourceFile));
    const base = { name, kind, module };
    const typeParams = (node: { getTypeParameters(): Node[] }): string => {
      const params = node.getTypeParameters();
      return params.length === 0 ? '' : `<${params.map(print).join(', ')}>`;
    };
    if (Node.isSourceFile(first)) return { ...base, head: `export * as ${name} from ${JSON.stringify(module)};`, members: [], tail: '' };
    if (Node.isVariableDeclaration(first)) {
      const declared = print(first);
      return { ...base, head: `export ${kind} ${renamed(declared, first.getName(), name)};`, members: [], tail: '' };
    }
    if (Node.isFunctionDeclaration(first)) {
      // Declaration files hold no bodies: every declaration is an overload.
      const overloads = nodes.filter(Node.isFunctionDeclaration);
      const lines = [...new Set(overloads.map((n) => `export ${renamed(stripModifiers(print(n)), n.getName() ?? 'default', name)}`))];
      return { ...base, head: lines[0] as string, members: lines.slice(1), tail: '' };
    }
    if (Node.isInterfaceDeclaration(first)) {
      const heritage = first.getHeritageClauses().map(print).join(' ');
      const members = nodes.flatMap((n) => (Node.isInterfaceDeclaration(n) ? n.getMembers().map(print) : []));
      return { ...base, head: `export interface ${name}${typeParams(first)}${heritage === '' ? '' : ` ${heritage}`} {`, members, tail: '}' };
    }
    if (Node.isClassDeclaration(first)) {
      const heritage = first.getHeritageClauses().map(print).join(' ');
      const abstract = first.isAbstract() ? 'abstract ' : '';
      return { ...base, head: `export ${abstract}class ${name}${typeParams(first)}${heritage === '' ? '' : ` ${heritage}`} {`, members: first.getMembers().map(print), tail: '}' };
    }
    if (Node.isEnumDeclaration(first)) {
      const members = first.getMembers().map((m) => `${print(m)},`);
      return { ...base, head: `export ${first.isConstEnum() ? 'const ' : ''}enum ${name} {`, members, tail: '}' };
    }
    if (Node.isTypeAliasDeclaration(first)) {
      const type = first.getTypeNodeOrThrow();
      const head = `export type ${name}${typeParams(first)} =`;
      if (Node.isUnionTypeNode(type)) return { ...base, head, members: type.getTypeNodes().map((t) => `| ${print(t)}`), tail: '' };
      if (Node.isTypeLiteral(type)) return { ...base, head: `${head} {`, members: type.getMembers().map(print), tail: '};' };
      return { ...base, head: `${head} ${print(type)};`, members: [], tail: '' };
    }
    // A namespace (module declaration): its statements, one line each.
    const members = Node.isModuleDeclaration(first) ? first.getStatements().map(print) : [];
    return { ...base, head: `export namespace ${name} {`, members, tail: '}' };
  }

  /** Where a declaration lives, the same for every condition (see ReportItem.module). */
  private moduleLabel(file: SourceFile, ownPackage: string): string {
    const path = file.getFilePath();
    const pkg = this.packageOf(dirname(path));
    if (pkg === undefined) return relative(this.root, path).split('\\').join('/');
    const inPackage = relative(pkg.dir, path).split('\\').join('/');
    const root = pkg.declarationRoots.find((r) => inPackage.startsWith(`${r}/`));
    const local = root === undefined ? inPackage : inPackage.slice(root.length + 1);
    return pkg.name === ownPackage ? local : `${pkg.name}/${local}`;
  }

  private packageOf(dir: string): PackageInfo | undefined {
    if (this.packageOfDir.has(dir)) return this.packageOfDir.get(dir);
    let info: PackageInfo | undefined;
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; exports?: unknown; types?: unknown };
      if (typeof json.name === 'string') info = { name: json.name, dir, declarationRoots: declarationRoots(json) };
    }
    if (info === undefined && dirname(dir) !== dir) info = this.packageOf(dirname(dir));
    this.packageOfDir.set(dir, info);
    return info;
  }
}

/** Every declaration file under a folder with its text, as one string (empty when there is none). */
function declarationTree(dir: string): string {
  if (!existsSync(dir)) return '';
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.d\.[cm]?ts$/.test(f)).map((f) => f.split('\\').join('/')).sort();
  return files.map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`).join('\0');
}

/** The folders of every declaration file a package.json names, longest first. */
function declarationRoots(manifest: { exports?: unknown; types?: unknown }): string[] {
  const roots = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\.d\.[cm]?ts$/.test(value)) roots.add(dirname(value.replace(/^\.\//, '')).split('\\').join('/'));
    } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(manifest.exports);
  walk(manifest.types);
  return [...roots].filter((r) => r !== '.').sort((a, b) => b.length - a.length || compare(a, b));
}

function kindOf(node: Node): ItemKind | undefined {
  if (Node.isSourceFile(node) || Node.isModuleDeclaration(node)) return 'namespace';
  if (Node.isVariableDeclaration(node)) {
    const kind = node.getVariableStatement()?.getDeclarationKind();
    return kind === 'let' || kind === 'var' ? kind : 'const';
  }
  if (Node.isFunctionDeclaration(node)) return 'function';
  if (Node.isClassDeclaration(node)) return 'class';
  if (Node.isInterfaceDeclaration(node)) return 'interface';
  if (Node.isTypeAliasDeclaration(node)) return 'type';
  if (Node.isEnumDeclaration(node)) return 'enum';
  return undefined;
}

/** `export declare function f(…)` → `function f(…)`. */
const stripModifiers = (text: string): string => text.replace(/^(?:(?:export|default|declare|async)\s+)+/, '');

/** The declared name replaced by the exported one, where they differ (`export { a as b }`). */
function renamed(text: string, declared: string, exported: string): string {
  if (declared === exported) return text;
  const at = text.search(new RegExp(`(?<![\\w$])${declared.replace(/[$]/g, '\\$')}(?![\\w$])`));
  return at < 0 ? text : `${text.slice(0, at)}${exported}${text.slice(at + declared.length)}`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
