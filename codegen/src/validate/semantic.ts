/**
 * Phase 2b, semantic rules: what the schema cannot say. Each rule has a name and a
 * one-line reason; every problem it finds points at the offending value.
 *
 * Rules see only the parts of a catalog that passed the schema (the api block, and each
 * code entry on its own), so one mistyped entry does not hide the lint problems of the rest.
 */
import { messageText } from '../../../packages/runtime/src/parse/message-text.js';
import { countPlaceholders, matchTemplate } from '../../../packages/runtime/src/template.js';
import type { DetailsSchema } from '../../../packages/runtime/src/validate/types.js';
import { validateDetails } from '../../../packages/runtime/src/validate/validate.js';
import type { ApiInfo, CodeEntry } from '../catalog.types.js';
import type { SourceFile } from '../load.js';
import { REEXPORTED_TYPES } from '../emit/runtime-reexports.js';
import { exportNames } from '../model.js';
import { toIdentifier, toPascalCase } from '../names.js';
import { describeValue, type Problem } from '../problems.js';
import { detailsSchemaProblems } from './details.js';
import { textSafetyRules } from './text-safety.js';

/** A code entry that passed the schema, with its position in `codes` (pointers use the original index). */
export interface CodeAt {
  readonly entry: CodeEntry;
  readonly index: number;
}

export interface RuleInput {
  readonly api: ApiInfo;
  /** Every entry of `codes` that passed the schema, in file order. */
  readonly codes: readonly CodeAt[];
}

export interface Rule {
  readonly name: string;
  readonly reason: string;
  check(input: RuleInput, report: Reporter): void;
}

export type Reporter = (pointer: string, message: string, detail?: { expected?: string; found?: string }) => void;

const codeKey = (code: string | number): string => `${typeof code}:${String(code)}`;
const is2xx = (status: number): boolean => status >= 200 && status < 300;
const at = (i: number, field?: string): string => (field === undefined ? `/codes/${i}` : `/codes/${i}/${field}`);
const show = describeValue;

/**
 * Names the generated modules import from @errcat/runtime or re-export from it: a package name
 * derived from the type prefix or a code's name that equals one would be declared twice. Kept in
 * step with the emitters by codegen/test/lint-rules.test.ts, which reads the generated modules.
 */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set([
  ...REEXPORTED_TYPES,
  'DetailsSchema',
  'DetailsValidators',
  'Formatter',
  'ParamList',
  'ParseSpec',
  'backoff',
  'checkDetails',
  'checkErrorDetails',
  'compileTemplate',
  'composeParser',
  'coveredDetailsValidator',
  'entryLookup',
  'entryPathReader',
  'hasErrcatCode',
  'headerReader',
  'isErrcatApiError',
  'isErrcatError',
  'isTransientStatus',
  'normalizeCode',
  'notACode',
  'parseFetch',
  'pickVariant',
  'problemDetailsOf',
  'readCauses',
  'retryAdviceOf',
  'tableOf',
]);

/**
 * Names every generated package exports besides its per-code declarations: a code whose
 * derived names equal one of these would shadow it. Prefixed names come from the model; the
 * fixed ones are kept in step with the emitters by codegen/test/lint-rules.test.ts, which reads
 * the generated barrels.
 */
export function packageExportNames(typePrefix: string): Set<string> {
  return new Set([
    ...RUNTIME_NAMES,
    ...Object.values(exportNames(typePrefix)),
    `is${typePrefix}Code`,
    'lookup',
    'toCode',
    'formatMessage',
    'formatMessageWith',
    'formatVariant',
    'messageTemplates',
    'isRetryable',
    'retryAdvice',
    'parseResponse',
    'parseFetchResponse',
    'backoff',
    'isErrcatApiError',
    'isTransientStatus',
    'hasCode',
    'toError',
    'toProblemDetails',
    'detailsOf',
    'detailsIssues',
    'detailsValidators',
  ]);
}

/**
 * The entry's documented variants as the rules see them: variant 0 is the entry's own
 * status/message/params (pointers into the entry), then each of `variants` (pointers into it).
 */
interface VariantAt {
  readonly index: number;
  readonly statuses: readonly number[];
  readonly message: string | null;
  readonly params: NonNullable<CodeEntry['params']>;
  readonly source?: string;
  readonly example?: unknown;
  /** Pointer to a field of the variant (the entry itself for variant 0). */
  at(field?: string): string;
  /** Pointer to the j-th status (httpStatus, then additionalHttpStatuses). */
  statusAt(j: number): string;
}

function variantsOf({ entry, index }: CodeAt): VariantAt[] {
  const own: VariantAt = {
    index: 0,
    statuses: [entry.httpStatus, ...(entry.additionalHttpStatuses ?? [])],
    message: entry.message,
    params: entry.params ?? [],
    at: (field) => at(index, field),
    statusAt: (j) => (j === 0 ? at(index, 'httpStatus') : at(index, `additionalHttpStatuses/${j - 1}`)),
  };
  return [
    own,
    ...(entry.variants ?? []).map((v, k): VariantAt => {
      const base = `variants/${k}`;
      const vat = (field?: string) => at(index, field === undefined ? base : `${base}/${field}`);
      return {
        index: k + 1,
        statuses: [v.httpStatus, ...(v.additionalHttpStatuses ?? [])],
        message: v.message,
        params: v.params ?? [],
        ...(v.source !== undefined && { source: v.source }),
        ...(v.example !== undefined && { example: v.example }),
        at: vat,
        statusAt: (j) => (j === 0 ? vat('httpStatus') : vat(`additionalHttpStatuses/${j - 1}`)),
      };
    }),
  ];
}

/** Every wire value an entry answers to: its code, then its aliases, with their pointers. */
function claims({ entry, index }: CodeAt): Array<{ value: string | number; pointer: string; alias: boolean }> {
  return [
    { value: entry.code, pointer: at(index, 'code'), alias: false },
    ...(entry.aliases ?? []).map((value, j) => ({ value, pointer: at(index, `aliases/${j}`), alias: true })),
  ];
}

/**
 * An integer code past Number.MAX_SAFE_INTEGER: it is an integer, but JSON.parse has already
 * rounded it (99999999999999999999 reads as 100000000000000000000), so "expected an integer,
 * found <that>" would contradict itself; the range is what is wrong.
 */
function reportUnsafeInteger(report: Reporter, pointer: string, alias: boolean, value: number): void {
  report(pointer, `${alias ? 'alias' : 'code'} is an integer outside the safe integer range`, {
    expected: `an integer from ${-Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER} (larger ones lose digits in JavaScript: two codes would read the same), or a string code (envelope.codeType "string")`,
    // 2^53 itself, and some larger numbers, are read exactly; the text is not at hand here to tell.
    found: `a number JavaScript reads as ${show(value)} (past 2^53 - 1, the last digits may be rounded)`,
  });
}

export const rules: readonly Rule[] = [
  {
    name: 'code-type',
    reason: 'codes must travel as the envelope declares (a string code never matches an integer one)',
    check({ api, codes }, report) {
      const want = api.envelope.codeType;
      for (const code of codes) {
        for (const { value, pointer, alias } of claims(code)) {
          const ok = want === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
          if (!ok && want === 'integer' && Number.isInteger(value)) reportUnsafeInteger(report, pointer, alias, value as number);
          else if (!ok)
            report(pointer, `${alias ? 'alias' : 'code'} ${show(value)} is not of the envelope's codeType`, {
              expected: want === 'integer' ? 'an integer (envelope.codeType is "integer")' : 'a string (envelope.codeType is "string")',
              found: show(value),
            });
        }
      }
    },
  },
  {
    name: 'code-key',
    reason: 'every code keys the package\'s details map, which json-schema-to-typescript cannot compile for one key',
    check({ codes }, report) {
      // It calls `schema.hasOwnProperty(…)` on each object of the schema it compiles, and the map
      // of a code "hasOwnProperty" owns a key of that name: generate would stop with an internal error.
      for (const { entry, index } of codes)
        if (entry.code === 'hasOwnProperty')
          report(at(index, 'code'), 'code "hasOwnProperty" cannot be turned into the package\'s details types (json-schema-to-typescript fails on it)', {
            expected: 'any other code',
            found: show(entry.code),
          });
    },
  },
  {
    name: 'duplicate-code',
    reason: 'a wire code must identify exactly one entry',
    check({ codes }, report) {
      const first = new Map<string, string>();
      for (const { entry, index } of codes) {
        const seen = first.get(codeKey(entry.code));
        if (seen !== undefined)
          report(at(index, 'code'), `code ${show(entry.code)} is listed twice`, {
            expected: 'each code in one entry (put other spellings in aliases)',
            found: `${show(entry.code)}, first at ${seen}`,
          });
        else first.set(codeKey(entry.code), at(index, 'code'));
      }
    },
  },
  {
    name: 'duplicate-alias',
    reason: 'an alias that two entries (or one entry twice) claim makes lookup ambiguous',
    check({ codes }, report) {
      const first = new Map<string, string>();
      for (const code of codes) {
        for (const { value, pointer, alias } of claims(code)) {
          if (!alias) continue;
          const seen = first.get(codeKey(value));
          if (seen !== undefined)
            report(pointer, `alias ${show(value)} is listed twice`, {
              expected: 'each alias once in the whole catalog',
              found: `${show(value)}, first at ${seen}`,
            });
          else first.set(codeKey(value), pointer);
        }
      }
    },
  },
  {
    name: 'alias-is-code',
    reason: 'an alias equal to a code would make that code resolve to two entries',
    check({ codes }, report) {
      const owner = new Map<string, CodeAt>();
      for (const code of codes) if (!owner.has(codeKey(code.entry.code))) owner.set(codeKey(code.entry.code), code);
      for (const code of codes) {
        for (const { value, pointer, alias } of claims(code)) {
          const other = alias ? owner.get(codeKey(value)) : undefined;
          if (other === undefined) continue;
          const whose = other === code ? 'this entry\'s own code' : `the code of ${other.entry.name} (${at(other.index, 'code')})`;
          report(pointer, `alias ${show(value)} is ${whose}`, {
            expected: 'an alias that is no entry\'s code',
            found: show(value),
          });
        }
      }
    },
  },
  {
    name: 'name-identifier',
    reason: 'a name becomes a const, an enum member and type names, which must not shadow the package\'s own exports',
    check({ api, codes }, report) {
      const prefix = api.typePrefix ?? toPascalCase(api.id);
      const prefixed = [...Object.values(exportNames(prefix)), `is${prefix}Code`];
      const taken = prefixed.find((n) => RUNTIME_NAMES.has(n));
      if (taken !== undefined)
        report(api.typePrefix === undefined ? '/api/id' : '/api/typePrefix', `type prefix "${prefix}" turns into ${taken}, which the package imports from @errcat/runtime`, {
          expected: `a prefix whose names (${prefix}Code, ${prefix}Error, is${prefix}Error, …) are not @errcat/runtime's${api.typePrefix === undefined ? ', or a typePrefix' : ''}`,
          found: show(api.typePrefix ?? api.id),
        });
      const reserved = packageExportNames(prefix);
      for (const { entry, index } of codes) {
        if (!/[A-Za-z0-9]/.test(entry.name)) {
          report(at(index, 'name'), `name "${entry.name}" has no letter or digit to build type names from`, {
            expected: 'a name with letters or digits, e.g. "INVALID_TOKEN"',
            found: show(entry.name),
          });
          continue;
        }
        const pascal = toPascalCase(entry.name);
        const derived = [toIdentifier(entry.name), `${pascal}Error`, `${pascal}Details`];
        const clash = derived.find((n) => reserved.has(n));
        if (clash !== undefined)
          report(at(index, 'name'), `name "${entry.name}" turns into ${clash}, which the package already exports`, {
            expected: `a name whose const and type names (${derived.join(', ')}) are not package exports`,
            found: show(entry.name),
          });
      }
    },
  },
  {
    name: 'duplicate-name',
    reason: 'names become consts, type names and docs anchors: they must stay unique after case conversion',
    check({ codes }, report) {
      const forms: Array<[label: string, convert: (name: string) => string]> = [
        ['const', toIdentifier],
        ['type name', (n) => `${toPascalCase(n)}Error`],
        // A code's section on its group page is found by the lowercased name (model.ts toAnchor):
        // two names equal but for case would give one page two sections with the same id.
        ['docs anchor', (n) => `#${n.toLowerCase()}`],
      ];
      const first = new Map<string, { name: string; pointer: string }>();
      for (const { entry, index } of codes) {
        for (const [label, convert] of forms) {
          const key = `${label}:${convert(entry.name)}`;
          const seen = first.get(key);
          if (seen === undefined) {
            first.set(key, { name: entry.name, pointer: at(index, 'name') });
            continue;
          }
          report(at(index, 'name'), `name "${entry.name}" collides with "${seen.name}" (${seen.pointer}) as ${label} ${convert(entry.name)}`, {
            expected: 'a name unique regardless of case and underscores',
            found: show(entry.name),
          });
          break;
        }
      }
    },
  },
  {
    name: 'placeholder-count',
    reason: 'every %s in a message needs a named, described parameter, and no parameter may be unused',
    check({ codes }, report) {
      for (const code of codes) {
        for (const variant of variantsOf(code)) {
          const params = variant.params.length;
          if (variant.message === null) {
            if (params > 0)
              report(variant.at('params'), `the message is undocumented (null) but ${params} parameter${params === 1 ? ' is' : 's are'} given`, {
                expected: 'no params without a message template',
                found: `${params} parameter${params === 1 ? '' : 's'}`,
              });
            continue;
          }
          const placeholders = countPlaceholders(variant.message);
          if (placeholders !== params)
            report(variant.at('message'), `message has ${placeholders} %s but ${params} parameter${params === 1 ? '' : 's'}`, {
              expected: `${params} %s (one per entry of params), or ${placeholders} params`,
              found: show(variant.message),
            });
        }
      }
    },
  },
  {
    name: 'duplicate-param',
    reason: 'parameter names become keys of the named-parameters object',
    check({ codes }, report) {
      for (const code of codes) {
        for (const variant of variantsOf(code)) {
          const first = new Map<string, number>();
          variant.params.forEach((param, j) => {
            const seen = first.get(param.name);
            if (seen !== undefined)
              report(variant.at(`params/${j}/name`), `parameter name "${param.name}" is used twice`, {
                expected: 'unique parameter names',
                found: `${show(param.name)}, first at ${variant.at(`params/${seen}/name`)}`,
              });
            else first.set(param.name, j);
          });
        }
      }
    },
  },
  {
    name: 'param-default-order',
    reason: 'parameters with a default become optional arguments, and an optional argument cannot precede a required one',
    check({ codes }, report) {
      for (const variant of codes.flatMap(variantsOf)) {
        const params = variant.params;
        const firstOptional = params.findIndex((p) => p.default !== undefined);
        if (firstOptional === -1) continue;
        params.forEach((param, j) => {
          if (j > firstOptional && param.default === undefined)
            report(variant.at(`params/${j}`), `parameter "${param.name}" has no default but follows "${(params[firstOptional] as { name: string }).name}", which has one`, {
              expected: 'parameters with a default after all those without (or a default here too)',
              found: `a required parameter at position ${j + 1}`,
            });
        });
      }
    },
  },
  {
    name: 'kind-status',
    reason: 'success and partial codes come with 2xx; an error under 2xx must be declared (errorUnder2xx)',
    check({ codes }, report) {
      for (const code of codes) {
        const { entry, index } = code;
        const variants = variantsOf(code);
        const statuses = variants.flatMap((v) => v.statuses);
        if (entry.kind !== 'error') {
          for (const variant of variants)
            variant.statuses.forEach((status, j) => {
              if (!is2xx(status))
                report(variant.statusAt(j), `a ${entry.kind} code must have a 2xx HTTP status`, {
                  expected: '200-299',
                  found: String(status),
                });
            });
          if (entry.errorUnder2xx)
            report(at(index, 'errorUnder2xx'), 'errorUnder2xx is only meaningful on error codes', {
              expected: `no errorUnder2xx on a ${entry.kind} code`,
              found: 'true',
            });
          continue;
        }
        const under2xx = statuses.some(is2xx);
        if (under2xx && !entry.errorUnder2xx)
          report(at(index, 'httpStatus'), 'an error code has a 2xx status without declaring it', {
            expected: 'a non-2xx status, or "errorUnder2xx": true when the vendor documents it',
            found: statuses.join(', '),
          });
        if (!under2xx && entry.errorUnder2xx)
          report(at(index, 'errorUnder2xx'), 'errorUnder2xx is set but no status is 2xx', {
            expected: 'a 2xx status among the statuses of the code and its variants',
            found: statuses.join(', '),
          });
      }
    },
  },
  {
    name: 'known-references',
    reason: 'group and source must name entries of the api block',
    check({ api, codes }, report) {
      const groups = new Set((api.groups ?? []).map((g) => g.id));
      for (const { entry, index } of codes) {
        if (!groups.has(entry.group))
          report(at(index, 'group'), `unknown group "${entry.group}"`, {
            expected: groups.size === 0 ? 'a group declared in api.groups (none are)' : `one of ${[...groups].map((g) => `"${g}"`).join(', ')}`,
            found: show(entry.group),
          });
        const sourceRefs = [
          { id: entry.source, pointer: at(index, 'source') },
          ...(entry.additionalSources ?? []).map((id, j) => ({ id, pointer: at(index, `additionalSources/${j}`) })),
          ...(entry.variants ?? []).flatMap((v, j) => (v.source === undefined ? [] : [{ id: v.source, pointer: at(index, `variants/${j}/source`) }])),
        ];
        for (const { id, pointer } of sourceRefs)
          if (!Object.hasOwn(api.sources, id))
            report(pointer, `unknown source "${id}"`, {
              expected: `one of ${Object.keys(api.sources).map((s) => `"${s}"`).join(', ')}`,
              found: show(id),
            });
      }
    },
  },
  {
    name: 'deprecated-replacement',
    reason: 'users of a deprecated code need to know what to use instead, and that must be a live code',
    check({ codes }, report) {
      const byCode = new Map(codes.map((c) => [codeKey(c.entry.code), c]));
      for (const { entry, index } of codes) {
        if (entry.deprecated === undefined) continue;
        const replacedBy = entry.deprecated.replacedBy;
        if (replacedBy === undefined) {
          report(at(index, 'deprecated'), `deprecated code ${show(entry.code)} does not name its replacement`, {
            expected: '"replacedBy": <the code to use instead>',
            found: 'no replacedBy',
          });
          continue;
        }
        const target = byCode.get(codeKey(replacedBy));
        const pointer = at(index, 'deprecated/replacedBy');
        if (target === undefined)
          report(pointer, `replacedBy ${show(replacedBy)} is not a code of this catalog`, {
            expected: 'an existing code (not an alias)',
            found: show(replacedBy),
          });
        else if (target.index === index)
          report(pointer, `code ${show(entry.code)} is deprecated in favour of itself`, {
            expected: 'another code',
            found: show(replacedBy),
          });
        else if (target.entry.deprecated !== undefined)
          report(pointer, `replacedBy ${show(replacedBy)} is itself deprecated`, {
            expected: `the live code at the end of the chain${target.entry.deprecated.replacedBy === undefined ? '' : ` (${show(target.entry.deprecated.replacedBy)}?)`}`,
            found: show(replacedBy),
          });
      }
    },
  },
  {
    name: 'error-has-fix',
    reason: 'the generated docs promise a description and a fix for every error; an exemption must say why there is none',
    check({ codes }, report) {
      for (const { entry, index } of codes) {
        if (entry.description !== undefined && entry.description.trim() === '')
          report(at(index, 'description'), `code ${show(entry.code)} has a blank description`, {
            expected: 'a sentence saying what the code means',
            found: show(entry.description),
          });
        if (entry.kind !== 'error') continue;
        if (entry.fix === undefined && entry.fixExempt === undefined)
          report(at(index), `error ${show(entry.code)} has no fix`, {
            expected: '"fix", or "fixExempt" with the reason there is none',
            found: 'neither',
          });
        else if (entry.fix !== undefined && entry.fix.trim() === '')
          report(at(index, 'fix'), `error ${show(entry.code)} has a blank fix`, { expected: 'what the caller should change', found: show(entry.fix) });
        else if (entry.fix !== undefined && entry.fixExempt !== undefined)
          report(at(index, 'fixExempt'), `error ${show(entry.code)} has both a fix and a fix exemption`, {
            expected: 'either "fix" or "fixExempt"',
            found: 'both',
          });
      }
    },
  },
  {
    name: 'retry-reauth',
    reason: 'retryAdvice tells a caller whether refreshing the access token helps; retrying a refresh that cannot help loops',
    check({ codes }, report) {
      for (const { entry, index } of codes) {
        const { strategy, reauth } = entry.retry;
        if (strategy === 'after-reauth' && reauth === undefined)
          report(at(index, 'retry'), `code ${show(entry.code)} is retried after reauthentication but does not say how`, {
            expected: '"reauth": "refresh" (a refresh token gets a new access token) or "authorize" (refreshing cannot help)',
            found: 'no reauth',
          });
        else if (strategy !== 'after-reauth' && reauth !== undefined)
          report(at(index, 'retry/reauth'), `code ${show(entry.code)} has reauth but its strategy is ${show(strategy)}`, {
            expected: 'reauth only with "strategy": "after-reauth"',
            found: show(reauth),
          });
      }
    },
  },
  {
    name: 'details-runnable',
    reason: 'the runtime validator must be able to run a details schema: every $ref resolves and reaches into the value, every pattern compiles with the u flag',
    check({ codes }, report) {
      for (const { entry, index } of codes) {
        if (entry.details === undefined) continue;
        for (const p of detailsSchemaProblems(entry.details as DetailsSchema))
          report(at(index, `details${p.pointer}`), p.message, { expected: p.expected, found: p.found });
      }
    },
  },
  {
    name: 'example-matches',
    reason: 'an example body must show this code with details valid against its schema and a message of its template (a variant\'s example, of that variant\'s template)',
    check({ api, codes }, report) {
      const { codeField, messageFields, detailsField } = api.envelope;
      for (const code of codes) {
        const { entry } = code;
        const variants = variantsOf(code);
        // The entry's example may show any variant; a variant's example must show that variant.
        const examples = [
          ...(entry.example === undefined ? [] : [{ body: entry.example, pointer: at(code.index, 'example'), templates: variants }]),
          ...variants.flatMap((v) => (v.example === undefined || v.index === 0 ? [] : [{ body: v.example, pointer: v.at('example'), templates: [v] }])),
        ];
        for (const example of examples) {
          const found = findEntry(example.body, codeField, [entry.code, ...(entry.aliases ?? [])], '');
          if (found === undefined) {
            report(example.pointer, `the example does not contain code ${show(entry.code)}`, {
              expected: `an object whose "${codeField}" is ${show(entry.code)}`,
              found: 'no such object',
            });
            continue;
          }
          const { value, pointer } = found;
          const field = messageFields.find((f) => messageText(value[f]) !== undefined);
          const message = field === undefined ? undefined : messageText(value[field]);
          const documented = example.templates.filter((v): v is VariantAt & { message: string } => v.message !== null);
          if (
            field !== undefined &&
            message !== undefined &&
            !entry.messageVaries &&
            documented.length > 0 &&
            !documented.some((v) => matchTemplate(v.message, message) !== undefined)
          )
            report(`${example.pointer}${pointer}/${field}`, `the example's message does not match the template`, {
              expected: documented.map((v) => show(v.message)).join(' or '),
              found: show(message),
            });
          const schema = entry.details as DetailsSchema | undefined;
          // A schema with a broken $ref or pattern is reported by its own rule; it cannot judge the example.
          if (schema === undefined || detailsField === undefined || !Object.hasOwn(value, detailsField) || detailsSchemaProblems(schema).length > 0)
            continue;
          // The runtime's own validator: what generation accepts here is what parseResponse accepts.
          const issues = validateDetails(schema, value[detailsField]);
          if (issues.length > 0)
            report(`${example.pointer}${pointer}/${detailsField}`, `the example's details do not match the details schema`, {
              expected: issues.map((i) => `${i.path || '(details)'} ${i.message}`).join('; '),
              found: show(value[detailsField]),
            });
        }
      }
    },
  },
  {
    name: 'duplicate-variant',
    reason: 'each variant of a code is a distinct documented (statuses, message) pair; a repeated one says nothing new',
    check({ codes }, report) {
      for (const code of codes) {
        const first = new Map<string, number>();
        for (const variant of variantsOf(code)) {
          const key = JSON.stringify([[...variant.statuses].sort((a, b) => a - b), variant.message]);
          const seen = first.get(key);
          if (seen !== undefined)
            report(variant.at(), `variant ${variant.index} repeats variant ${seen} (same statuses and message)`, {
              expected: 'a variant that differs in its HTTP statuses or its message',
              found: `HTTP ${variant.statuses.join(', ')}: ${show(variant.message)}`,
            });
          else first.set(key, variant.index);
        }
      }
    },
  },
  {
    name: 'details-field',
    reason: "a details schema types what the parser reads from the envelope's details field: without one, no details ever arrive, and detailsOf and the docs would promise them",
    check({ api, codes }, report) {
      if (api.envelope.detailsField !== undefined) return;
      for (const { entry, index } of codes) {
        if (entry.details !== undefined)
          report(`/codes/${index}/details`, 'a details schema, but the envelope names no details field', {
            expected: '"detailsField" in /api/envelope (the property that carries the details), or no "details" here',
            found: 'a details schema',
          });
      }
    },
  },
  {
    name: 'source-location',
    reason: 'a source must say where the vendor documents the codes: its page (url) or a captured copy or spec file (file)',
    check({ api }, report) {
      for (const [id, source] of Object.entries(api.sources)) {
        if (source !== undefined && source.url === undefined && source.file === undefined)
          report(`/api/sources/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, `source "${id}" has neither a url nor a file`, {
            expected: '"url": the vendor page, or "file": a path under shared/',
            found: 'neither',
          });
      }
    },
  },
  // Text that reaches files and terminals: control characters, bidi controls, URLs, patterns.
  ...textSafetyRules,
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
    const hit = findEntry(child, codeField, codes, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (hit) return hit;
  }
  return undefined;
}

export function checkRules(source: SourceFile, input: RuleInput, only?: readonly Rule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of only ?? rules) {
    rule.check(input, (pointer, message, detail) => {
      const { line, column } = source.locate(pointer);
      problems.push({ file: source.file, line, column, pointer, rule: rule.name, message, ...detail });
    });
  }
  return problems;
}
