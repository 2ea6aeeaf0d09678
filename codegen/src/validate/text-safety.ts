/**
 * Lint rules on the text of a catalog, which reaches generated TypeScript, Markdown, HTML viewers
 * and terminals: no control characters (newline and tab only in free text), no bidirectional
 * overrides or isolates (Trojan Source: text that displays differently from how it reads), only
 * http(s) URLs (a `javascript:` link passes `format: uri`), and no details `pattern` that can
 * backtrack catastrophically (the runtime runs it on vendor data).
 *
 * Patterns are judged by safe-regex2 (fastify's maintained fork of safe-regex): it rejects a
 * pattern whose star height exceeds one (a repeated group that itself repeats, `(a+)+`), the
 * shape behind exponential backtracking, synchronously and in microseconds. It does not catch
 * every polynomial case (overlapping alternatives under one star, `(a|a)*`); README says so.
 */
import safeRegex from 'safe-regex2';
import type { ApiInfo } from '../catalog.types.js';
import { patternError } from './details.js';
import type { Reporter, Rule } from './semantic.js';

/** Keys whose text is prose: newline and tab are allowed there. Examples are vendor bodies: same. */
const FREE_TEXT = new Set(['description', 'cause', 'fix', 'fixExempt', 'note', 'reason', 'message', 'example']);
/** Keys that hold a URL. */
const URL_KEYS = new Set(['url', 'vendorDocsUrl', 'docsBaseUrl']);

// C0 controls, DEL and C1 controls; newline and tab are checked apart.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
// Half of a surrogate pair: a high one not followed by a low one, or a low one alone. No `u`
// flag: with it a regular expression sees code points and cannot match half of one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 127: 'DEL', 155: 'CSI', 157: 'OSC' };

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A string with every control and bidi character shown as an escape: safe to print in a problem. */
export function visible(text: string, max = 80): string {
  const shown = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return shown.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

/** Every string of a JSON value (property names included), with its pointer and the key it sits under. */
function walkStrings(value: unknown, pointer: string, key: string, freeText: boolean, visit: (text: string, pointer: string, key: string, freeText: boolean) => void): void {
  if (typeof value === 'string') {
    visit(value, pointer, key, freeText);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkStrings(item, `${pointer}/${i}`, key, freeText, visit));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    const at = `${pointer}/${escapePointer(k)}`;
    visit(k, at, '(property name)', false);
    walkStrings(v, at, k, freeText || FREE_TEXT.has(k), visit);
  }
}

/** The api block and every code, walked as one. */
function eachString(api: ApiInfo, codes: Parameters<Rule['check']>[0]['codes'], visit: (text: string, pointer: string, key: string, freeText: boolean) => void): void {
  walkStrings(api, '/api', 'api', false, visit);
  for (const { entry, index } of codes) walkStrings(entry, `/codes/${index}`, 'code', false, visit);
}

function firstMatch(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m === null ? -1 : (m[0].codePointAt(0) as number);
}

/** Every `pattern` of a details schema (and every patternProperties key), with its pointer. */
function eachPattern(schema: unknown, pointer: string, visit: (pattern: string, pointer: string) => void): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => eachPattern(s, `${pointer}/${i}`, visit));
    return;
  }
  for (const [k, v] of Object.entries(schema)) {
    const at = `${pointer}/${escapePointer(k)}`;
    if (k === 'pattern' && typeof v === 'string') visit(v, at);
    else if (k === 'patternProperties' && v !== null && typeof v === 'object') {
      for (const p of Object.keys(v)) visit(p, `${at}/${escapePointer(p)}`);
      eachPattern(v, at, visit);
    } else if (k !== 'enum' && k !== 'const' && k !== 'examples' && k !== 'default') eachPattern(v, at, visit);
  }
}

function reportControl(report: Reporter, pointer: string, key: string, text: string, code: number, freeText: boolean): void {
  const name = CONTROL_NAMES[code];
  report(pointer, `${key === '(property name)' ? 'a property name' : `"${key}"`} contains the control character ${hex(code)}${name === undefined ? '' : ` (${name})`}`, {
    expected: freeText ? 'text without control characters (newline and tab are allowed in free text)' : 'one line of text without control characters',
    found: visible(text),
  });
}

export const textSafetyRules: readonly Rule[] = [
  {
    name: 'control-character',
    reason: 'control characters in catalog text reach generated files and terminals (escape sequences, NUL); only free text may break lines or tab',
    check({ api, codes }, report) {
      eachString(api, codes, (text, pointer, key, freeText) => {
        const code = firstMatch(text, freeText ? CONTROL : CONTROL_IN_LINE);
        if (code !== -1) reportControl(report, pointer, key, text, code, freeText);
      });
    },
  },
  {
    name: 'bidi-control',
    reason: 'bidirectional overrides and isolates make text display differently from how it reads (Trojan Source)',
    check({ api, codes }, report) {
      eachString(api, codes, (text, pointer, key) => {
        const code = firstMatch(text, BIDI);
        if (code !== -1) {
          report(pointer, `${key === '(property name)' ? 'a property name' : `"${key}"`} contains the bidirectional control ${hex(code)}`, {
            expected: 'text without bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069)',
            found: visible(text),
          });
        }
      });
    },
  },
  {
    name: 'lone-surrogate',
    reason: 'generated files are UTF-8, which has no form for half a surrogate pair (an escape such as \\ud83d alone): it would be written as U+FFFD',
    check({ api, codes }, report) {
      eachString(api, codes, (text, pointer, key) => {
        const m = LONE_SURROGATE.exec(text);
        if (m !== null) {
          report(pointer, `${key === '(property name)' ? 'a property name' : `"${key}"`} contains half of a surrogate pair, ${hex(m[0].charCodeAt(0))}`, {
            expected: 'whole characters: the character itself, or a high surrogate escape followed by its low one (\\ud83d\\ude00)',
            found: visible(text),
          });
        }
      });
    },
  },
  {
    name: 'url-scheme',
    reason: 'links in generated docs and packages must be web pages: a javascript: or data: URL passes format uri',
    check({ api, codes }, report) {
      eachString(api, codes, (text, pointer, key) => {
        if (!URL_KEYS.has(key) || /^https?:\/\/[^\s/]/i.test(text)) return;
        report(pointer, `"${key}" is not an http(s) URL`, { expected: 'a URL starting with https:// or http://', found: visible(text) });
      });
    },
  },
  {
    name: 'pattern-safety',
    reason: 'the runtime runs details patterns on vendor data: a pattern that backtracks catastrophically would hang the caller',
    check({ codes }, report) {
      for (const { entry, index } of codes) {
        eachPattern(entry.details, `/codes/${index}/details`, (pattern, pointer) => {
          // Not a regular expression at all: details-runnable reports it. safe-regex2 does not
          // throw on one, it answers "unsafe" (`([a-z`), which was a second, false problem.
          if (patternError(pattern) !== undefined) return;
          let safe: boolean;
          try {
            safe = safeRegex(pattern);
          } catch {
            return; // a syntax its parser does not know (the u flag's own): not judged here
          }
          if (!safe)
            report(pointer, 'pattern can backtrack catastrophically (a repeated group that itself repeats)', {
              expected: 'a pattern without nested repetition (safe-regex2: star height at most 1)',
              found: visible(pattern),
            });
        });
      }
    },
  },
];
