/**
 * Malformed JSON, explained. momoa reports the token where parsing stopped; re-reading the
 * tokens around it tells a missing comma from a missing colon, a trailing comma, an extra
 * bracket or a file that ends early, and points where an editor should jump.
 */
import { tokenize, type Token } from '@humanwhocodes/momoa';
import type { Position } from '../load.js';
import type { Problem } from '../problems.js';
import { positionOf } from './text-position.js';

type SyntaxProblem = Omit<Problem, 'file'>;

const WORDS: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Colon: '":"',
  Comma: '","',
  String: 'string',
  Number: 'number',
  Boolean: 'boolean',
  Null: 'null',
};
const VALUE_START = new Set(['String', 'Number', 'Boolean', 'Null', 'LBrace', 'LBracket']);
const VALUE_END = new Set(['String', 'Number', 'Boolean', 'Null', 'RBrace', 'RBracket']);

const problem = (at: Position, message: string, expected: string, found: string): SyntaxProblem => ({
  ...at,
  pointer: '',
  rule: 'json-syntax',
  message,
  expected,
  found,
});

const startOf = (t: Token): Position => ({ line: t.loc.start.line, column: t.loc.start.column });

/**
 * UTF-16 read as UTF-8: a replacement character for each byte of its byte-order mark, or a NUL
 * beside each ASCII character (about half the text). A few NULs in a short text that is not JSON
 * are not enough: counted, not split, since a text of under four characters split once had
 * "more pieces than a quarter of its length" and an empty or one-character file was "UTF-16".
 */
export function looksLikeUtf16(text: string): boolean {
  if (text.startsWith('\uFFFD\uFFFD')) return true;
  let nuls = 0;
  for (let i = text.indexOf('\u0000'); i !== -1; i = text.indexOf('\u0000', i + 1)) nuls++;
  return nuls > 0 && nuls >= text.length / 4;
}

/** Explains a momoa parse error (which carries line, column and offset of where it stopped). */
export function explainSyntaxError(text: string, error: Error & { line?: number; column?: number; offset?: number }): SyntaxProblem {
  const at = { line: error.line ?? 1, column: error.column ?? 1 };
  if (text.trim() === '') return problem({ line: 1, column: 1 }, 'the file is empty', 'a catalog: one JSON object', 'nothing');
  if (looksLikeUtf16(text))
    return problem({ line: 1, column: 1 }, 'the file is not UTF-8 text (UTF-16, by the look of it)', 'a catalog saved as UTF-8', 'NUL bytes or a UTF-16 byte-order mark');
  let tokens: Token[];
  try {
    tokens = tokenize(text, { mode: 'json' });
  } catch (tokenError) {
    return unreadable(text, at, (tokenError as Error).message);
  }

  // Replay the brackets to the end to know what is still open.
  const open: Token[] = [];
  for (const t of tokens) {
    if (t.type === 'LBrace' || t.type === 'LBracket') open.push(t);
    else if ((t.type === 'RBrace' || t.type === 'RBracket') && matches(open[open.length - 1], t)) open.pop();
  }

  const index = error.offset === undefined ? -1 : tokens.findIndex((t) => t.loc.start.offset === error.offset);
  const token = tokens[index];
  const previous = tokens[index - 1];
  const isLast = token !== undefined && index === tokens.length - 1;
  const endOfFile = /^Unexpected end of input/.test(error.message) || (isLast && open.length > 0 && token.type !== 'RBrace' && token.type !== 'RBracket');

  if (endOfFile) {
    const innermost = open[open.length - 1];
    const where = positionOf(text, text.trimEnd().length);
    if (innermost === undefined)
      return problem(where, 'the file ends in the middle of a value', 'the rest of the value (an unclosed string?)', 'end of file');
    const closer = innermost.type === 'LBrace' ? '"}"' : '"]"';
    return problem(
      where,
      `the file ends before the ${WORDS[innermost.type]} opened at ${innermost.loc.start.line}:${innermost.loc.start.column} is closed`,
      `the rest of the document, down to its closing ${closer}`,
      'end of file',
    );
  }
  if (token === undefined) return problem(at, error.message.replace(/\s*\(\d+:\d+\)$/, ''), 'valid JSON', 'invalid JSON');

  const word = WORDS[token.type] ?? token.type;
  if ((token.type === 'RBrace' || token.type === 'RBracket') && previous?.type === 'Comma') {
    return problem(
      startOf(previous),
      `trailing comma before ${word}`,
      `another ${token.type === 'RBrace' ? 'property' : 'item'} after the comma, or no comma (JSON has no trailing commas)`,
      `"," followed by ${word}`,
    );
  }
  if (token.type === 'RBrace' || token.type === 'RBracket') {
    const opener = containerAt(tokens, index);
    if (opener === undefined) return problem(startOf(token), `${word} closes nothing`, 'no closing bracket here (one too many?)', word);
    if (!matches(opener, token))
      return problem(
        startOf(token),
        `${word} does not match the ${WORDS[opener.type]} opened at ${opener.loc.start.line}:${opener.loc.start.column}`,
        `${opener.type === 'LBrace' ? '"}"' : '"]"'} first`,
        word,
      );
  }
  if (VALUE_START.has(token.type) && previous !== undefined && VALUE_END.has(previous.type)) {
    // Inside an object, a string right after "{" or "," is a property name that lacks its colon.
    const beforePrevious = tokens[index - 2];
    if (containerAt(tokens, index)?.type === 'LBrace' && previous.type === 'String' && (beforePrevious?.type === 'LBrace' || beforePrevious?.type === 'Comma')) {
      const name = text.slice(previous.loc.start.offset, previous.loc.end.offset);
      return problem(startOf(token), `missing ":" after property name ${name}`, `":" between ${name} and its value`, `a ${word}`);
    }
    if (containerAt(tokens, index) === undefined)
      return problem(startOf(token), `a ${word} after the end of the catalog`, 'nothing after the catalog\'s closing "}"', `a ${word}`);
    return problem(startOf(token), `missing "," before this ${word}`, '"," between two values', `a ${word}`);
  }
  if (token.type === 'RBrace' && previous?.type === 'String' && containerAt(tokens, index)?.type === 'LBrace') {
    return problem(startOf(token), 'a property name without a value', `":" and a value after ${text.slice(previous.loc.start.offset, previous.loc.end.offset)}`, word);
  }
  return problem(startOf(token), `unexpected ${word}`, 'a value, "," or a closing bracket', word);
}

const matches = (opener: Token | undefined, closer: Token): boolean =>
  opener !== undefined && (opener.type === 'LBrace') === (closer.type === 'RBrace');

/** The innermost bracket still open just before tokens[index]. */
function containerAt(tokens: readonly Token[], index: number): Token | undefined {
  const stack: Token[] = [];
  for (let i = 0; i < index; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'LBrace' || t.type === 'LBracket') stack.push(t);
    else if (t.type === 'RBrace' || t.type === 'RBracket') stack.pop();
  }
  return stack[stack.length - 1];
}

const lineAt = (text: string, line: number): string => text.split('\n')[line - 1] ?? '';

/** The number with a leading zero (`07`, `-0200`) at or just before a 1-based column of a line. */
function leadingZeroNumber(line: string, column: number): { text: string; column: number } | undefined {
  for (let start = Math.max(0, column - 3); start <= column - 1; start++) {
    const m = /^-?0\d+/.exec(line.slice(start));
    if (m !== null && (start === 0 || !/[\d.eE+-]/.test(line[start - 1] as string))) return { text: m[0], column: start + 1 };
  }
  return undefined;
}

/** Text that does not even split into JSON tokens: an unclosed string, a bare word, a comment, a quote of the wrong kind. */
function unreadable(text: string, at: Position, message: string): SyntaxProblem {
  if (/^Unexpected end of input/.test(message))
    return problem(positionOf(text, text.length), 'the file ends inside a string', 'a closing \'"\'', 'end of file');
  const word = /^Unexpected identifier '(.+)' found/.exec(message)?.[1];
  if (word !== undefined)
    return problem(at, `unexpected word ${JSON.stringify(word)}`, 'true, false, null, a number or a double-quoted string', JSON.stringify(word));
  const ch = /^Unexpected character '(.+)' found/.exec(message)?.[1];
  if (ch === undefined) return problem(at, message.replace(/\s*\(\d+:\d+\)$/, ''), 'valid JSON', 'invalid JSON');
  // `07`: the tokenizer reads the 0 as a number and stops at the next digit.
  const number = /\d/.test(ch) ? leadingZeroNumber(lineAt(text, at.line), at.column) : undefined;
  if (number !== undefined)
    return problem({ line: at.line, column: number.column }, `the number ${number.text} has a leading zero`, `${String(Number(number.text))}, or the string ${JSON.stringify(number.text)} if the zeros matter (JSON numbers have no leading zeros)`, number.text);
  const hint = ch === "'" ? 'double quotes around strings and names' : ch === '/' ? 'no comments (JSON has none)' : 'a value, "," or a bracket';
  return problem(at, `unexpected character ${JSON.stringify(ch)}`, hint, JSON.stringify(ch));
}

/** momoa accepts raw control characters inside strings; JSON (and JSON.parse) does not. */
export function findControlCharacter(text: string): SyntaxProblem | undefined {
  for (const token of tokenize(text, { mode: 'json' })) {
    if (token.type !== 'String') continue;
    const raw = text.slice(token.loc.start.offset, token.loc.end.offset);
    const index = raw.search(/[\u0000-\u001f]/);
    if (index === -1) continue;
    const code = raw.charCodeAt(index);
    const names: Record<number, [string, string]> = { 9: ['tab', '\\t'], 10: ['line break', '\\n'], 13: ['carriage return', '\\r'] };
    const [name, escape] = names[code] ?? ['control character', `\\u${code.toString(16).padStart(4, '0')}`];
    return problem(
      positionOf(text, token.loc.start.offset + index),
      `raw ${name} inside a string`,
      `the escape ${escape}`,
      `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    );
  }
  return undefined;
}
