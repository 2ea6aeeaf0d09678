/**
 * What catalog.schema.json cannot say about a `details` schema that already uses only the
 * supported keywords (DetailsSubschema): every `$ref` resolves, no `$ref` loops back to itself
 * without going into the value (the validator would recurse forever), and every `pattern` compiles
 * the way the runtime compiles it. Pointers are relative to the details schema.
 */
import type { DetailsSchema, DetailsSchemaObject } from '../../../packages/runtime/src/validate/types.js';
import { escapePointer } from '../load.js';
import { describeValue } from '../problems.js';

export interface DetailsSchemaProblem {
  /** JSON pointer inside the details schema. */
  readonly pointer: string;
  readonly message: string;
  readonly expected: string;
  readonly found: string;
}

interface Node {
  readonly schema: DetailsSchemaObject;
  readonly pointer: string;
}

const isObject = (value: unknown): value is DetailsSchemaObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Subschemas that apply to the same value as their parent (`$ref` aside), and those that apply
 * to a part of it: a `$ref` cycle through the first kind alone never ends.
 */
function children(node: Node): { same: Node[]; deeper: Node[] } {
  const { schema, pointer } = node;
  const same: Node[] = [];
  const deeper: Node[] = [];
  const add = (list: Node[], value: unknown, path: string) => {
    if (isObject(value)) list.push({ schema: value, pointer: `${pointer}${path}` });
  };
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) schema[key]?.forEach((sub, i) => add(same, sub, `/${key}/${i}`));
  add(same, schema.not, '/not');
  add(deeper, schema.items, '/items');
  add(deeper, schema.additionalProperties, '/additionalProperties');
  for (const map of ['properties', '$defs'] as const) {
    const value = schema[map];
    if (isObject(value)) for (const [name, sub] of Object.entries(value)) add(deeper, sub, `/${map}/${escapePointer(name)}`);
  }
  return { same, deeper };
}

function walk(root: Node, visit: (node: Node) => void): void {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    const { same, deeper } = children(node);
    stack.push(...deeper.reverse(), ...same.reverse());
  }
}

const REF = /^#(?:\/\$defs\/(.+))?$/;

/**
 * A $defs name a `$ref` can spell as is: the runtime looks the name up verbatim, so names that
 * JSON pointers or URIs would escape (`/`, `~`, `%`) are not allowed.
 */
const referable = (name: string): boolean => !/[/~%]/.test(name);

/** `#` → the root; `#/$defs/<name>` → that entry; else undefined. */
function refTarget(details: DetailsSchemaObject, ref: string): { node: Node; key: string } | undefined {
  const match = REF.exec(ref);
  if (match === null) return undefined;
  if (match[1] === undefined) return { node: { schema: details, pointer: '' }, key: '#' };
  const name = match[1];
  if (!referable(name)) return undefined;
  const defs = details.$defs;
  const target: unknown = defs !== undefined && Object.hasOwn(defs, name) ? defs[name] : undefined;
  return isObject(target) || typeof target === 'boolean'
    ? { node: { schema: isObject(target) ? target : {}, pointer: `/$defs/${escapePointer(name)}` }, key: name }
    : undefined;
}

/** Why a details pattern does not compile as the runtime and ajv compile it (the u flag); undefined when it does. */
export function patternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export function detailsSchemaProblems(details: DetailsSchema): readonly DetailsSchemaProblem[] {
  if (!isObject(details)) return [];
  // Two rules ask about every schema (details-runnable, example-matches); a catalog is never
  // changed while it is checked, so the answer is kept per schema object.
  let known = checked.get(details);
  if (known === undefined) {
    known = findProblems(details);
    checked.set(details, known);
  }
  return known;
}

const checked = new WeakMap<object, readonly DetailsSchemaProblem[]>();

function findProblems(details: DetailsSchema & object): DetailsSchemaProblem[] {
  const problems: DetailsSchemaProblem[] = [];
  const root: Node = { schema: details, pointer: '' };
  const defNames = Object.keys(details.$defs ?? {});

  walk(root, (node) => {
    const { schema, pointer } = node;
    if (schema.$defs !== undefined && pointer !== '')
      problems.push({
        pointer: `${pointer}/$defs`,
        message: '$defs is only read at the root of a details schema',
        expected: '$defs at the top of details, next to its "type"',
        found: `$defs at ${pointer}`,
      });
    if (pointer === '' && isObject(schema.$defs))
      for (const name of Object.keys(schema.$defs))
        if (!referable(name))
          problems.push({
            pointer: `/$defs/${escapePointer(name)}`,
            message: `$defs name ${describeValue(name)} cannot be named by a $ref`,
            expected: 'a name without "/", "~" or "%"',
            found: describeValue(name),
          });
    if (schema.$ref !== undefined && refTarget(details, schema.$ref) === undefined)
      problems.push({
        pointer: `${pointer}/$ref`,
        message: `$ref ${describeValue(schema.$ref)} does not name an entry of $defs`,
        expected:
          defNames.filter(referable).length === 0
            ? `"#", or "#/$defs/<name>" with <name> in the root $defs (${defNames.length === 0 ? 'there are none' : 'none of whose names a $ref can spell'})`
            : `"#" or one of ${defNames.filter(referable).map((n) => `"#/$defs/${n}"`).join(', ')}`,
        found: describeValue(schema.$ref),
      });
    // json-schema-to-typescript, which writes the details types, calls `schema.hasOwnProperty(…)`
    // on every object of the schema: one that owns a key of that name makes it throw.
    for (const map of ['properties', '$defs'] as const) {
      const value = schema[map];
      if (isObject(value) && Object.hasOwn(value, 'hasOwnProperty'))
        problems.push({
          pointer: `${pointer}/${map}/hasOwnProperty`,
          message: `a ${map === '$defs' ? '$defs entry' : 'property'} named "hasOwnProperty" cannot be turned into a TypeScript type (json-schema-to-typescript fails on it)`,
          expected: 'any other name',
          found: '"hasOwnProperty"',
        });
    }
    const patternProblem = schema.pattern === undefined ? undefined : patternError(schema.pattern);
    if (patternProblem !== undefined)
      problems.push({
        pointer: `${pointer}/pattern`,
        message: 'pattern is not a valid regular expression with the u flag',
        expected: 'a regular expression that compiles with the u flag (as the runtime and ajv compile it)',
        found: patternProblem,
      });
  });

  // $ref loops that never go into the value: follow only same-value subschemas from each target.
  const reported = new Set<string>();
  const targets = new Map<string, Node>([['#', root]]);
  for (const name of defNames.filter(referable)) {
    const t = refTarget(details, `#/$defs/${name}`);
    if (t !== undefined) targets.set(name, t.node);
  }
  const refsOf = (node: Node): Array<{ key: string; pointer: string; ref: string }> => {
    const refs: Array<{ key: string; pointer: string; ref: string }> = [];
    const stack = [node];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      const t = n.schema.$ref === undefined ? undefined : refTarget(details, n.schema.$ref);
      if (t !== undefined && n.schema.$ref !== undefined) refs.push({ key: t.key, pointer: `${n.pointer}/$ref`, ref: n.schema.$ref });
      stack.push(...children(n).same.reverse());
    }
    return refs;
  };
  for (const [start, node] of targets) {
    // Depth-first from each target; a $ref back to `start` closes a loop.
    const seen = new Set<string>([start]);
    const queue = refsOf(node);
    while (queue.length > 0) {
      const edge = queue.shift() as { key: string; pointer: string; ref: string };
      if (edge.key === start) {
        if (!reported.has(edge.pointer)) {
          reported.add(edge.pointer);
          problems.push({
                pointer: edge.pointer,
            message: `$ref ${describeValue(edge.ref)} loops back to itself without going into the value`,
            expected: 'a $ref cycle that passes through properties, additionalProperties or items',
            found: describeValue(edge.ref),
          });
        }
        continue;
      }
      if (seen.has(edge.key)) continue;
      seen.add(edge.key);
      const next = targets.get(edge.key);
      if (next !== undefined) queue.push(...refsOf(next));
    }
  }
  return problems.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
