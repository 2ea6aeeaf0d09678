/**
 * Phase 2b, semantic rules: what the schema cannot say. Each rule has a name and a
 * one-line reason; every problem it finds points at the offending value.
 */
import { countPlaceholders, matchTemplate } from '../../../packages/runtime/src/template.js';
import type { ErrcatCatalog } from '../catalog.types.js';
import type { SourceFile } from '../load.js';
import { toIdentifier } from '../names.js';
import { describeValue, type Problem } from '../problems.js';
import { createAjv } from './schema.js';

export interface Rule {
  readonly name: string;
  readonly reason: string;
  check(catalog: ErrcatCatalog, report: Reporter): void;
}

export type Reporter = (pointer: string, message: string, detail?: { expected?: string; found?: string }) => void;

const codeKey = (code: string | number): string => `${typeof code}:${String(code)}`;
const is2xx = (status: number): boolean => status >= 200 && status < 300;
const at = (i: number, field: string): string => `/codes/${i}/${field}`;

export const rules: readonly Rule[] = [
  {
    name: 'code-type',
    reason: 'codes must travel as the envelope declares (a string code never matches an integer one)',
    check(catalog, report) {
      const want = catalog.api.envelope.codeType;
      catalog.codes.forEach((entry, i) => {
        const values = [entry.code, ...(entry.aliases ?? [])];
        values.forEach((value, j) => {
          const ok = want === 'integer' ? Number.isInteger(value) : typeof value === 'string';
          if (!ok)
            report(j === 0 ? at(i, 'code') : at(i, `aliases/${j - 1}`), `code is not of the envelope's codeType`, {
              expected: want,
              found: describeValue(value),
            });
        });
      });
    },
  },
  {
    name: 'duplicate-code',
    reason: 'a wire code (or alias) must identify exactly one entry',
    check(catalog, report) {
      const seen = new Map<string, string>();
      catalog.codes.forEach((entry, i) => {
        const claims: Array<[string | number, string]> = [[entry.code, at(i, 'code')]];
        (entry.aliases ?? []).forEach((alias, j) => claims.push([alias, at(i, `aliases/${j}`)]));
        for (const [value, pointer] of claims) {
          const first = seen.get(codeKey(value));
          if (first !== undefined)
            report(pointer, `code or alias ${describeValue(value)} is already used`, {
              expected: 'a value no other code or alias uses',
              found: `${describeValue(value)}, first used at ${first}`,
            });
          else seen.set(codeKey(value), pointer);
        }
      });
    },
  },
  {
    name: 'duplicate-name',
    reason: 'names become enum members and type names: they must stay unique after case conversion',
    check(catalog, report) {
      const seen = new Map<string, string>();
      catalog.codes.forEach((entry, i) => {
        const key = toIdentifier(entry.name).toLowerCase().replace(/_/g, '');
        const first = seen.get(key);
        if (first !== undefined)
          report(at(i, 'name'), `name "${entry.name}" collides with ${first} after case conversion`, {
            expected: 'a name unique regardless of case and underscores',
            found: describeValue(entry.name),
          });
        else seen.set(key, `"${entry.name}" (${at(i, 'name')})`);
      });
    },
  },
  {
    name: 'placeholder-count',
    reason: 'every %s in a message needs a named, described parameter, and no parameter may be unused',
    check(catalog, report) {
      catalog.codes.forEach((entry, i) => {
        const placeholders = countPlaceholders(entry.message);
        const params = entry.params?.length ?? 0;
        if (placeholders !== params)
          report(at(i, 'message'), `message has ${placeholders} %s but ${params} parameter${params === 1 ? '' : 's'}`, {
            expected: `${params} %s placeholder${params === 1 ? '' : 's'} (or ${placeholders} params)`,
            found: describeValue(entry.message),
          });
        const names = new Set<string>();
        (entry.params ?? []).forEach((param, j) => {
          if (names.has(param.name))
            report(at(i, `params/${j}/name`), `parameter name "${param.name}" is used twice`, {
              expected: 'unique parameter names',
              found: describeValue(param.name),
            });
          names.add(param.name);
        });
      });
    },
  },
  {
    name: 'kind-status',
    reason: 'success and partial codes come with 2xx; an error under 2xx must be declared (errorUnder2xx)',
    check(catalog, report) {
      catalog.codes.forEach((entry, i) => {
        const statuses = [entry.httpStatus, ...(entry.additionalHttpStatuses ?? [])];
        if (entry.kind !== 'error') {
          if (!is2xx(entry.httpStatus))
            report(at(i, 'httpStatus'), `a ${entry.kind} code must have a 2xx HTTP status`, {
              expected: '200-299',
              found: String(entry.httpStatus),
            });
          if (entry.errorUnder2xx)
            report(at(i, 'errorUnder2xx'), 'errorUnder2xx is only meaningful on error codes', {
              expected: 'no errorUnder2xx on a success or partial code',
              found: 'true',
            });
          return;
        }
        const under2xx = statuses.some(is2xx);
        if (under2xx && !entry.errorUnder2xx)
          report(at(i, 'httpStatus'), 'an error code has a 2xx status without declaring it', {
            expected: 'a non-2xx status, or "errorUnder2xx": true when the vendor documents it',
            found: statuses.join(', '),
          });
        if (!under2xx && entry.errorUnder2xx)
          report(at(i, 'errorUnder2xx'), 'errorUnder2xx is set but no status is 2xx', {
            expected: 'a 2xx status among httpStatus/additionalHttpStatuses',
            found: statuses.join(', '),
          });
      });
    },
  },
  {
    name: 'known-references',
    reason: 'group and source must name entries of the api block; replacedBy must name a code',
    check(catalog, report) {
      const groups = new Set((catalog.api.groups ?? []).map((g) => g.id));
      const codes = new Set(catalog.codes.map((c) => codeKey(c.code)));
      catalog.codes.forEach((entry, i) => {
        if (!groups.has(entry.group))
          report(at(i, 'group'), `unknown group "${entry.group}"`, {
            expected: `one of ${[...groups].map((g) => `"${g}"`).join(', ') || '(no groups declared in api.groups)'}`,
            found: describeValue(entry.group),
          });
        if (catalog.api.sources[entry.source] === undefined)
          report(at(i, 'source'), `unknown source "${entry.source}"`, {
            expected: `one of ${Object.keys(catalog.api.sources).map((s) => `"${s}"`).join(', ')}`,
            found: describeValue(entry.source),
          });
        const replacedBy = entry.deprecated?.replacedBy;
        if (replacedBy !== undefined && !codes.has(codeKey(replacedBy)))
          report(at(i, 'deprecated/replacedBy'), `replacedBy names no code of this catalog`, {
            expected: 'an existing code',
            found: describeValue(replacedBy),
          });
      });
    },
  },
  {
    name: 'deprecated-replacement',
    reason: 'users of a deprecated code need to know what to use instead',
    check(catalog, report) {
      catalog.codes.forEach((entry, i) => {
        if (entry.deprecated && entry.deprecated.replacedBy === undefined)
          report(at(i, 'deprecated'), 'a deprecated code must name its replacement', {
            expected: '"replacedBy": <code>',
            found: 'no replacedBy',
          });
      });
    },
  },
  {
    name: 'error-has-fix',
    reason: 'the generated docs promise a fix for every error; an exemption must say why there is none',
    check(catalog, report) {
      catalog.codes.forEach((entry, i) => {
        if (entry.kind === 'error' && entry.fix === undefined && entry.fixExempt === undefined)
          report(at(i, 'kind'), `error ${describeValue(entry.code)} has no fix`, {
            expected: '"fix", or "fixExempt" with the reason there is none',
            found: 'neither',
          });
      });
    },
  },
  {
    name: 'example-matches',
    reason: 'an example body must show this code with details valid against its schema and a message of its template',
    check(catalog, report) {
      const ajv = createAjv();
      catalog.codes.forEach((entry, i) => {
        if (entry.example === undefined) return;
        const found = findEntry(entry.example, catalog.api.envelope.codeField, [entry.code, ...(entry.aliases ?? [])], '');
        if (found === undefined) {
          report(at(i, 'example'), `the example does not contain code ${describeValue(entry.code)}`, {
            expected: `an object whose "${catalog.api.envelope.codeField}" is ${describeValue(entry.code)}`,
            found: 'none',
          });
          return;
        }
        const { value, pointer } = found;
        const message = catalog.api.envelope.messageFields.map((f) => value[f]).find((m) => typeof m === 'string');
        if (!entry.messageVaries && typeof message === 'string' && matchTemplate(entry.message, message) === undefined)
          report(at(i, `example${pointer}`), `the example's message does not match the template`, {
            expected: describeValue(entry.message),
            found: describeValue(message),
          });
        const detailsField = catalog.api.envelope.detailsField;
        if (entry.details !== undefined && detailsField !== undefined && detailsField in value) {
          const validate = ajv.compile(entry.details);
          if (!validate(value[detailsField]))
            report(at(i, `example${pointer}/${detailsField}`), `the example's details do not match the details schema`, {
              expected: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; '),
              found: describeValue(value[detailsField]),
            });
        }
      });
    },
  },
];

function findEntry(
  node: unknown,
  codeField: string,
  codes: ReadonlyArray<string | number>,
  pointer: string,
): { value: Record<string, unknown>; pointer: string } | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (!Array.isArray(node)) {
    const value = node as Record<string, unknown>;
    const code = value[codeField];
    if ((typeof code === 'string' || typeof code === 'number') && codes.some((c) => String(c) === String(code)))
      return { value, pointer };
  }
  for (const [key, child] of Object.entries(node)) {
    const hit = findEntry(child, codeField, codes, `${pointer}/${key}`);
    if (hit) return hit;
  }
  return undefined;
}

export function checkRules(source: SourceFile, catalog: ErrcatCatalog, only?: readonly Rule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of only ?? rules) {
    rule.check(catalog, (pointer, message, detail) => {
      const { line, column } = source.locate(pointer);
      problems.push({ file: source.file, line, column, pointer, rule: rule.name, message, ...detail });
    });
  }
  return problems;
}

