/**
 * Every lint rule and every class of catalog error, each on a small broken catalog
 * (fixtures/broken/<name>.json): the exact position, pointer, rule, message, expected and found.
 * The fixtures are copies of one valid three-code catalog with one mistake each.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../src/pipeline.js';
import { formatProblem, type Problem } from '../src/problems.js';
import { packageExportNames, rules, RUNTIME_NAMES } from '../src/validate/semantic.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BROKEN = join(ROOT, 'codegen/test/fixtures/broken');

function lint(...names: string[]): Problem[] {
  const result = loadAndValidate({ root: ROOT, catalogFiles: names.map((n) => join(BROKEN, `${n}.json`)), outDir: join(ROOT, '.errcat-none') });
  return result.ok ? [] : result.problems;
}

/** The source text at a 1-based line:column of a fixture. */
function textAt(name: string, at: string): string {
  const [line, column] = at.split(':').map(Number) as [number, number];
  return (readFileSync(join(BROKEN, `${name}.json`), 'utf8').split('\n')[line - 1] ?? '').slice(column - 1);
}

interface Expected {
  /** line:column */
  readonly at: string;
  /** What the source has at that position (a prefix). */
  readonly text: string;
  readonly pointer: string;
  readonly rule: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

const cases: Record<string, readonly Expected[]> = {
  'alias-is-code': [
    {
      at: '95:9',
      text: "\"OK\"",
      pointer: "/codes/2/aliases/1",
      rule: "alias-is-code",
      message: "alias \"OK\" is the code of OK (/codes/0/code)",
      expected: "an alias that is no entry's code",
      found: "\"OK\"",
    },
  ],
  'code-type': [
    {
      at: '94:9',
      text: "429",
      pointer: "/codes/2/aliases/0",
      rule: "code-type",
      message: "alias 429 is not of the envelope's codeType",
      expected: "a string (envelope.codeType is \"string\")",
      found: "429",
    },
  ],
  // Past 2^53 JSON.parse rounds the number: "expected an integer, found 100000000000000000000" was a contradiction.
  'code-type-unsafe-integer': [
    {
      at: '85:15',
      text: '99999999999999999999',
      pointer: '/codes/2/code',
      rule: 'code-type',
      message: 'code is an integer outside the safe integer range',
      expected: 'an integer from -9007199254740991 to 9007199254740991 (larger ones lose digits in JavaScript: two codes would read the same), or a string code (envelope.codeType "string")',
      found: 'a number JavaScript reads as 100000000000000000000 (past 2^53 - 1, the last digits may be rounded)',
    },
  ],
  'json-depth': [
    {
      at: '78:1530',
      text: '{"a": {',
      pointer: '',
      rule: 'json-depth',
      message: 'the JSON nests deeper than 256 levels here',
      expected: 'at most 256 nested objects and arrays',
      found: 'a value opening level 257',
    },
  ],
  'control-character': [
    {
      at: '26:18',
      text: '"General',
      pointer: '/api/groups/0/title',
      rule: 'control-character',
      message: '"title" contains the control character U+001B (ESC)',
      expected: 'one line of text without control characters',
      found: '"General\\u001b[31m"',
    },
  ],
  'bidi-control': [
    {
      at: '90:22',
      text: '"The client',
      pointer: '/codes/2/description',
      rule: 'bidi-control',
      message: '"description" contains the bidirectional control U+202E',
      expected: 'text without bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069)',
      found: '"The client sent \\u202etoo many requests."',
    },
  ],
  'lone-surrogate': [
    {
      at: '90:22',
      text: '"The client',
      pointer: '/codes/2/description',
      rule: 'lone-surrogate',
      message: '"description" contains half of a surrogate pair, U+D83D',
      expected: 'whole characters: the character itself, or a high surrogate escape followed by its low one (\\ud83d\\ude00)',
      found: '"The client sent \\ud83dtoo many requests."',
    },
  ],
  // Bytes that are not UTF-8 (a lone 0xFF): Node's utf8 reading had made them U+FFFD silently.
  'json-encoding': [
    {
      at: '90:39',
      text: '\ufffdtoo many',
      pointer: '',
      rule: 'json-syntax',
      message: 'the file is not valid UTF-8 here',
      expected: 'a catalog saved as UTF-8',
      found: 'the byte 0xFF',
    },
  ],
  'url-scheme': [
    {
      at: '13:16',
      text: '"javascript:',
      pointer: '/api/sources/page/url',
      rule: 'url-scheme',
      message: '"url" is not an http(s) URL',
      expected: 'a URL starting with https:// or http://',
      found: '"javascript:alert(1)"',
    },
  ],
  'pattern-safety': [
    {
      at: '65:24',
      text: '"^(',
      pointer: '/codes/1/details/properties/field/pattern',
      rule: 'pattern-safety',
      message: 'pattern can backtrack catastrophically (a repeated group that itself repeats)',
      expected: 'a pattern without nested repetition (safe-regex2: star height at most 1)',
      found: '"^([a-z]+)*$"',
    },
  ],
  // A pattern that does not compile gets details-runnable's problem only: safe-regex2 calls it
  // unsafe too, and a false "can backtrack catastrophically" came with it.
  'pattern-unbalanced': [
    {
      at: '65:24',
      text: '"^([a-z"',
      pointer: '/codes/1/details/properties/field/pattern',
      rule: 'details-runnable',
      message: 'pattern is not a valid regular expression with the u flag',
      expected: 'a regular expression that compiles with the u flag (as the runtime and ajv compile it)',
      found: 'Invalid regular expression: /^([a-z/u: Unterminated character class',
    },
  ],
  'deprecated-replacement': [
    {
      at: '101:21',
      text: "{",
      pointer: "/codes/2/deprecated",
      rule: "deprecated-replacement",
      message: "deprecated code \"RATE_LIMITED\" does not name its replacement",
      expected: "\"replacedBy\": <the code to use instead>",
      found: "no replacedBy",
    },
  ],
  'details-pattern': [
    {
      at: '65:24',
      text: "\"",
      pointer: "/codes/1/details/properties/field/pattern",
      rule: "details-runnable",
      message: "pattern is not a valid regular expression with the u flag",
      expected: "a regular expression that compiles with the u flag (as the runtime and ajv compile it)",
      found: "Invalid regular expression: /^[\\w-.]+$/u: Invalid character class",
    },
  ],
  'details-ref': [
    {
      at: '74:25',
      text: "\"#/$defs/name\"",
      pointer: "/codes/1/details/$defs/name/anyOf/1/$ref",
      rule: "details-runnable",
      message: "$ref \"#/$defs/name\" loops back to itself without going into the value",
      expected: "a $ref cycle that passes through properties, additionalProperties or items",
      found: "\"#/$defs/name\"",
    },
  ],
  'details-schema': [
    {
      at: '67:21',
      text: "\"field\"",
      pointer: "/codes/1/details/required",
      rule: "schema/type",
      message: "must be an array",
      expected: "array",
      found: "string \"field\"",
    },
  ],
  'details-unsupported-keyword': [
    {
      at: '67:9',
      text: "\"patternProperties\"",
      pointer: "/codes/1/details/patternProperties",
      rule: "schema/additionalProperties",
      message: "unknown property \"patternProperties\"",
      expected: "one of the properties the schema declares here: \"type\", \"properties\", \"required\", \"additionalProperties\", \"items\", \"enum\", \"const\", \"minimum\", \"maximum\", \"exclusiveMinimum\", \"exclusiveMaximum\", \"multipleOf\", \"minLength\", \"maxLength\", \"pattern\", \"minItems\", \"maxItems\", \"minProperties\", \"maxProperties\", \"anyOf\", \"oneOf\", \"allOf\", \"not\", \"$ref\", \"$defs\", \"title\", \"description\", \"$comment\", \"examples\", \"default\", \"deprecated\", \"readOnly\", \"writeOnly\", \"format\"",
      found: "property \"patternProperties\"",
    },
  ],
  'duplicate-alias': [
    {
      at: '97:9',
      text: "\"THROTTLED\"",
      pointer: "/codes/2/aliases/0",
      rule: "duplicate-alias",
      message: "alias \"THROTTLED\" is listed twice",
      expected: "each alias once in the whole catalog",
      found: "\"THROTTLED\", first at /codes/1/aliases/0",
    },
  ],
  'duplicate-code': [
    {
      at: '85:15',
      text: "\"MISSING_FIELD\"",
      pointer: "/codes/2/code",
      rule: "duplicate-code",
      message: "code \"MISSING_FIELD\" is listed twice",
      expected: "each code in one entry (put other spellings in aliases)",
      found: "\"MISSING_FIELD\", first at /codes/1/code",
    },
  ],
  'duplicate-key': [
    {
      at: '88:7',
      text: "\"httpStatus\"",
      pointer: "/codes/2/httpStatus",
      rule: "duplicate-key",
      message: "property \"httpStatus\" appears twice in one object",
      expected: "each property once (JSON.parse would silently keep only the last)",
      found: "a second \"httpStatus\", first at 87:7",
    },
  ],
  'duplicate-name': [
    {
      at: '86:15',
      text: "\"MissingField\"",
      pointer: "/codes/2/name",
      rule: "duplicate-name",
      message: "name \"MissingField\" collides with \"MISSING_FIELD\" (/codes/1/name) as type name MissingFieldError",
      expected: "a name unique regardless of case and underscores",
      found: "\"MissingField\"",
    },
  ],
  'duplicate-param': [
    {
      at: '57:19',
      text: "\"field\"",
      pointer: "/codes/1/params/1/name",
      rule: "duplicate-param",
      message: "parameter name \"field\" is used twice",
      expected: "unique parameter names",
      found: "\"field\", first at /codes/1/params/0/name",
    },
  ],
  'error-has-fix': [
    {
      at: '84:5',
      text: "{",
      pointer: "/codes/2",
      rule: "error-has-fix",
      message: "error \"RATE_LIMITED\" has no fix",
      expected: "\"fix\", or \"fixExempt\" with the reason there is none",
      found: "neither",
    },
  ],
  'retry-reauth': [
    {
      at: '81:19',
      text: "\"refresh\"",
      pointer: "/codes/1/retry/reauth",
      rule: "retry-reauth",
      message: "code \"MISSING_FIELD\" has reauth but its strategy is \"never\"",
      expected: "reauth only with \"strategy\": \"after-reauth\"",
      found: "\"refresh\"",
    },
    {
      at: '97:16',
      text: "{",
      pointer: "/codes/2/retry",
      rule: "retry-reauth",
      message: "code \"RATE_LIMITED\" is retried after reauthentication but does not say how",
      expected: "\"reauth\": \"refresh\" (a refresh token gets a new access token) or \"authorize\" (refreshing cannot help)",
      found: "no reauth",
    },
  ],
  'example-details': [
    {
      at: '75:20',
      text: "{",
      pointer: "/codes/1/example/details",
      rule: "example-matches",
      message: "the example's details do not match the details schema",
      expected: "/field must be string",
      found: "{\"field\":42}",
    },
  ],
  'example-matches': [
    {
      at: '74:20',
      text: "\"Field email is missing.\"",
      pointer: "/codes/1/example/message",
      rule: "example-matches",
      message: "the example's message does not match the template",
      expected: "\"Field %s is required.\"",
      found: "\"Field email is missing.\"",
    },
  ],
  'json-control-character': [
    {
      at: '89:27',
      text: "\t",
      pointer: "",
      rule: "json-syntax",
      message: "raw tab inside a string",
      expected: "the escape \\t",
      found: "U+0009",
    },
  ],
  'json-missing-comma': [
    {
      at: '36:7',
      text: "\"message\"",
      pointer: "",
      rule: "json-syntax",
      message: "missing \",\" before this string",
      expected: "\",\" between two values",
      found: "a string",
    },
  ],
  'json-trailing-comma': [
    {
      at: '40:28',
      text: ",",
      pointer: "",
      rule: "json-syntax",
      message: "trailing comma before \"}\"",
      expected: "another property after the comma, or no comma (JSON has no trailing commas)",
      found: "\",\" followed by \"}\"",
    },
  ],
  'json-unexpected-end': [
    {
      at: '29:5',
      text: "",
      pointer: "",
      rule: "json-syntax",
      message: "the file ends before the \"{\" opened at 1:1 is closed",
      expected: "the rest of the document, down to its closing \"}\"",
      found: "end of file",
    },
  ],
  'kind-status': [
    {
      at: '34:21',
      text: "404",
      pointer: "/codes/0/httpStatus",
      rule: "kind-status",
      message: "a success code must have a 2xx HTTP status",
      expected: "200-299",
      found: "404",
    },
  ],
  'kind-status-error-under-2xx': [
    {
      at: '87:21',
      text: "200",
      pointer: "/codes/2/httpStatus",
      rule: "kind-status",
      message: "an error code has a 2xx status without declaring it",
      expected: "a non-2xx status, or \"errorUnder2xx\": true when the vendor documents it",
      found: "200",
    },
  ],
  'duplicate-variant': [
    {
      at: '68:9',
      text: "{",
      pointer: "/codes/1/variants/1",
      rule: "duplicate-variant",
      message: "variant 2 repeats variant 0 (same statuses and message)",
      expected: "a variant that differs in its HTTP statuses or its message",
      found: "HTTP 400: \"Field %s is required.\"",
    },
  ],
  // A schema where the envelope reads no details: detailsOf and the docs would promise details that never arrive.
  'details-field': [
    {
      at: '59:18',
      text: '{',
      pointer: '/codes/1/details',
      rule: 'details-field',
      message: 'a details schema, but the envelope names no details field',
      expected: '"detailsField" in /api/envelope (the property that carries the details), or no "details" here',
      found: 'a details schema',
    },
  ],
  'source-location': [
    {
      at: '10:15',
      text: "{",
      pointer: "/api/sources/page",
      rule: "source-location",
      message: "source \"page\" has neither a url nor a file",
      expected: "\"url\": the vendor page, or \"file\": a path under shared/",
      found: "neither",
    },
  ],
  'known-references': [
    {
      at: '92:16',
      text: "\"limits\"",
      pointer: "/codes/2/group",
      rule: "known-references",
      message: "unknown group \"limits\"",
      expected: "one of \"general\"",
      found: "\"limits\"",
    },
  ],
  'many-problems': [
    {
      at: '34:21',
      text: "500",
      pointer: "/codes/0/httpStatus",
      rule: "kind-status",
      message: "a partial code must have a 2xx HTTP status",
      expected: "200-299",
      found: "500",
    },
    {
      at: '49:18',
      text: "\"Field is required.\"",
      pointer: "/codes/1/message",
      rule: "placeholder-count",
      message: "message has 0 %s but 1 parameter",
      expected: "1 %s (one per entry of params), or 0 params",
      found: "\"Field is required.\"",
    },
    {
      at: '87:21',
      text: "\"429\"",
      pointer: "/codes/2/httpStatus",
      rule: "schema/type",
      message: "must be an integer",
      expected: "integer",
      found: "string \"429\"",
    },
  ],
  'name-identifier': [
    {
      at: '86:15',
      text: "\"lookup\"",
      pointer: "/codes/2/name",
      rule: "name-identifier",
      message: "name \"lookup\" turns into lookup, which the package already exports",
      expected: "a name whose const and type names (lookup, LookupError, LookupDetails) are not package exports",
      found: "\"lookup\"",
    },
  ],
  'name-identifier-prefix': [
    {
      at: '7:19',
      text: '"Wire"',
      pointer: '/api/typePrefix',
      rule: 'name-identifier',
      message: 'type prefix "Wire" turns into WireCode, which the package imports from @errcat/runtime',
      expected: "a prefix whose names (WireCode, WireError, isWireError, …) are not @errcat/runtime's",
      found: '"Wire"',
    },
  ],
  'code-key': [
    {
      at: '85:15',
      text: '"hasOwnProperty"',
      pointer: '/codes/2/code',
      rule: 'code-key',
      message: 'code "hasOwnProperty" cannot be turned into the package\'s details types (json-schema-to-typescript fails on it)',
      expected: 'any other code',
      found: '"hasOwnProperty"',
    },
  ],
  'details-key': [
    {
      at: '66:29',
      text: '{',
      pointer: '/codes/1/details/properties/hasOwnProperty',
      rule: 'details-runnable',
      message: 'a property named "hasOwnProperty" cannot be turned into a TypeScript type (json-schema-to-typescript fails on it)',
      expected: 'any other name',
      found: '"hasOwnProperty"',
    },
  ],
  'param-default-order': [
    {
      at: '57:9',
      text: "{",
      pointer: "/codes/1/params/1",
      rule: "param-default-order",
      message: "parameter \"form\" has no default but follows \"field\", which has one",
      expected: "parameters with a default after all those without (or a default here too)",
      found: "a required parameter at position 2",
    },
  ],
  'placeholder-count': [
    {
      at: '49:18',
      text: "\"Field %s is required in %s.\"",
      pointer: "/codes/1/message",
      rule: "placeholder-count",
      message: "message has 2 %s but 1 parameter",
      expected: "1 %s (one per entry of params), or 2 params",
      found: "\"Field %s is required in %s.\"",
    },
  ],
  'schema-additional-properties': [
    {
      at: '43:7',
      text: "\"descripton\"",
      pointer: "/codes/0/descripton",
      rule: "schema/additionalProperties",
      message: "unknown property \"descripton\" (did you mean \"description\"?)",
      expected: "one of the properties the schema declares here: \"code\", \"name\", \"httpStatus\", \"additionalHttpStatuses\", \"kind\", \"errorUnder2xx\", \"message\", \"messageVaries\", \"params\", \"variants\", \"description\", \"cause\", \"fix\", \"fixExempt\", \"group\", \"details\", \"example\", \"aliases\", \"retry\", \"source\", \"additionalSources\", \"since\", \"deprecated\"",
      found: "property \"descripton\"",
    },
  ],
  'schema-enum': [
    {
      at: '97:21',
      text: "\"later\"",
      pointer: "/codes/2/retry/strategy",
      rule: "schema/enum",
      message: "must be one of the allowed values",
      expected: "one of \"never\", \"after-delay\", \"after-reauth\"",
      found: "\"later\"",
    },
  ],
  'schema-format': [
    {
      at: '8:20',
      text: "\"not a url\"",
      pointer: "/api/docsBaseUrl",
      rule: "schema/format",
      message: "must be a valid uri",
      expected: "a valid uri",
      found: "\"not a url\"",
    },
  ],
  'schema-maximum': [
    {
      at: '87:21',
      text: "600",
      pointer: "/codes/2/httpStatus",
      rule: "schema/maximum",
      message: "must be <= 599",
      expected: "a number <= 599",
      found: "600",
    },
  ],
  'schema-min-items': [
    {
      at: '18:24',
      text: "[]",
      pointer: "/api/envelope/messageFields",
      rule: "schema/minItems",
      message: "must not be empty",
      expected: "an array with at least 1 item",
      found: "0 items",
    },
  ],
  'schema-min-length': [
    {
      at: '58:14',
      text: "\"\"",
      pointer: "/codes/1/fix",
      rule: "schema/minLength",
      message: "must not be empty",
      expected: "a non-empty string",
      found: "\"\"",
    },
  ],
  'schema-min-properties': [
    {
      at: '9:16',
      text: "{}",
      pointer: "/api/sources",
      rule: "schema/minProperties",
      message: "must not be empty",
      expected: "an object with at least 1 property",
      found: "0 properties",
    },
  ],
  'schema-minimum': [
    {
      at: '87:21',
      text: "42",
      pointer: "/codes/2/httpStatus",
      rule: "schema/minimum",
      message: "must be >= 100",
      expected: "a number >= 100",
      found: "42",
    },
  ],
  'schema-pattern': [
    {
      at: '4:11',
      text: "\"Broken_API\"",
      pointer: "/api/id",
      rule: "schema/pattern",
      message: "does not match the required pattern",
      expected: "a string matching /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/",
      found: "\"Broken_API\"",
    },
  ],
  'schema-required': [
    {
      at: '44:5',
      text: "{",
      pointer: "/codes/1",
      rule: "schema/required",
      message: "missing required property \"retry\"",
      expected: "property \"retry\"",
      found: "an object without \"retry\"",
    },
  ],
  'schema-type': [
    {
      at: '87:21',
      text: "\"429\"",
      pointer: "/codes/2/httpStatus",
      rule: "schema/type",
      message: "must be an integer",
      expected: "integer",
      found: "string \"429\"",
    },
  ],

  'schema-type-union': [
    {
      at: '32:15',
      text: "true",
      pointer: "/codes/0/code",
      rule: "schema/type",
      message: "must be a string or an integer",
      expected: "string or integer",
      found: "boolean true",
    },
  ],
};

describe('broken catalogs', () => {
  it.each(Object.keys(cases))('%s: reports exactly its mistake, at its position', (name) => {
    const problems = lint(name);
    const expected = cases[name] as readonly Expected[];
    expect(
      problems.map(({ file, line, column, pointer, rule, message, expected, found }) => ({
        file,
        at: `${line}:${column}`,
        pointer,
        rule,
        message,
        ...(expected !== undefined && { expected }),
        ...(found !== undefined && { found }),
      })),
    ).toEqual(expected.map(({ text: _text, ...p }) => ({ file: `codegen/test/fixtures/broken/${name}.json`, ...p })));
    for (const p of expected) expect(textAt(name, p.at).startsWith(p.text), `${name} ${p.at}`).toBe(true);
  });

  it('has a case for every fixture file, and every fixture but the clean one is broken', () => {
    const files = readdirSync(BROKEN).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    expect(files.filter((f) => !f.startsWith('duplicate-api-')).sort()).toEqual(Object.keys(cases).sort());
    // The fixtures' common base is valid: each broken fixture has only the mistake its case lists.
    expect(lint('duplicate-api-a')).toEqual([]);
  });

  it('covers every lint rule with a fixture, and every rule has a one-line reason', () => {
    const covered = new Set(Object.values(cases).flatMap((c) => c.map((p) => p.rule)));
    for (const rule of rules) {
      expect(covered, `rule ${rule.name} has no fixture`).toContain(rule.name);
      expect(rule.reason).toMatch(/^[a-z].*[^.]$/);
      expect(rule.reason).not.toContain('\n');
    }
    for (const name of ['json-syntax', 'duplicate-key', 'schema/type', 'schema/required', 'schema/additionalProperties', 'schema/pattern', 'schema/enum', 'schema/format'])
      expect(covered).toContain(name);
  });

  it('reports two catalogs that claim the same api id on the second one', () => {
    expect(lint('duplicate-api-a', 'duplicate-api-b').map(formatProblem)).toEqual([
      [
        'codegen/test/fixtures/broken/duplicate-api-b.json:4:11 /api/id [duplicate-api] api.id "broken" is already used by codegen/test/fixtures/broken/duplicate-api-a.json',
        '    expected: an api.id no other catalog uses',
        '    found:    "broken"',
      ].join('\n'),
      [
        'codegen/test/fixtures/broken/duplicate-api-b.json:6:20 /api/packageName [duplicate-api] api.packageName "@errcat/broken" is already used by codegen/test/fixtures/broken/duplicate-api-a.json',
        '    expected: an api.packageName no other catalog uses',
        '    found:    "@errcat/broken"',
      ].join('\n'),
    ]);
  });

  it('reports the problems of several files at once, sorted by file then position', () => {
    const problems = lint('schema-type', 'many-problems', 'json-missing-comma');
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'json-missing-comma.json:36:7 json-syntax',
      'many-problems.json:34:21 kind-status',
      'many-problems.json:49:18 placeholder-count',
      'many-problems.json:87:21 schema/type',
      'schema-type.json:87:21 schema/type',
    ]);
  });
});

describe('the real catalogs', () => {
  it('pass every rule', () => {
    const result = loadAndValidate({ root: ROOT });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('name-identifier knows every package-level export of the generated packages', () => {
    // A code whose const or type name equals one of these would shadow it; if an emitter adds an
    // export, add it to packageExportNames in validate/semantic.ts.
    const result = loadAndValidate({ root: ROOT });
    if (!result.ok) throw new Error('the real catalogs have problems');
    let checked = 0;
    for (const { model } of result.apis) {
      const perCode = new Set(model.codes.flatMap((c) => [c.ident, c.errorTypeName, c.detailsTypeName]));
      const reserved = packageExportNames(model.typePrefix);
      const src = join(ROOT, 'generated', model.id, 'src');
      const barrel = readFileSync(join(src, 'index.ts'), 'utf8');
      const modules = [...barrel.matchAll(/^export (?:type )?\* from '\.\/(.+)\.js';$/gm)].map((m) => `${m[1]}.ts`);
      expect(modules.length).toBeGreaterThan(3);
      for (const file of modules) {
        const source = readFileSync(join(src, file), 'utf8');
        for (const [, name] of source.matchAll(/^export (?:declare )?(?:const|function|enum|interface|type|class) ([A-Za-z_$][\w$]*)/gm)) {
          if (name === undefined || perCode.has(name)) continue;
          expect(reserved, `generated/${model.id}/src/${file} exports ${name}`).toContain(name);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('name-identifier knows every name the generated modules import from or re-export of @errcat/runtime', () => {
    const names = new Set<string>();
    for (const id of readdirSync(join(ROOT, 'generated'))) {
      const src = join(ROOT, 'generated', id, 'src');
      if (!existsSync(src)) continue;
      for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(join(src, file), 'utf8');
        for (const m of text.matchAll(/^(?:import|export)(?: type)? \{([^}]*)\} from '@errcat\/runtime';$/gm))
          for (const part of (m[1] as string).split(',')) {
            const name = part.trim().replace(/^type /, '').split(' as ').at(-1)?.trim();
            if (name) names.add(name);
          }
      }
    }
    expect(names.size).toBeGreaterThan(20);
    for (const name of names) expect(RUNTIME_NAMES, `a generated module imports ${name} from @errcat/runtime`).toContain(name);
  });

  it('name-identifier rejects a code name that turns into a runtime name the package imports or re-exports', () => {
    const reserved = packageExportNames('Acme');
    for (const name of ['isErrcatError', 'ErrcatBody', 'RetryAdvice', 'BackoffOptions', 'backoff']) expect(reserved, name).toContain(name);
  });
});
