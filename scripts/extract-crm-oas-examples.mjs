#!/usr/bin/env node
/**
 * Derives vendor/zoho-crm-oas-v8-examples.json from transcriptions of the response examples in
 * Zoho's CRM OpenAPI repository (zoho/crm-oas, `v8.0/<area>/mds/examples/<operationId>.md`; see
 * vendor/README.md for how they were read). Only derives: every code, status and message comes
 * from a body as the vendor wrote it; nothing is added, merged or edited.
 *
 *   node scripts/extract-crm-oas-examples.mjs <transcriptions-dir> > vendor/zoho-crm-oas-v8-examples.json
 *
 * <transcriptions-dir>/<area>/<operationId>.json, each
 *   { repoPath, commit, totalChars, operationId, method, path,
 *     responses: [{ status, contentType, title, description, body | null, noCode?, bodyText? }] }
 *
 * An entry is any JSON object in a response body that has a `code` beside a `message`, `status`
 * or `details` key: the Zoho envelope, at the top, in a record array (`data[]`) or nested in
 * another entry's details (`data[].details.errors[]`). `where` says which. A `code` that is not a
 * string is listed under `notStringCodes` instead. A `message` that is not a string is `null`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: node scripts/extract-crm-oas-examples.mjs <transcriptions-dir>\n');
  process.exit(2);
}

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ENVELOPE_KEYS = ['message', 'status', 'details'];

/** Every entry in `value`, with the path that reaches it (keys, `[]` for any array item). */
function* entriesOf(value, where) {
  if (Array.isArray(value)) {
    for (const item of value) yield* entriesOf(item, `${where}[]`);
    return;
  }
  if (!isObject(value)) return;
  if (Object.hasOwn(value, 'code') && ENVELOPE_KEYS.some((k) => Object.hasOwn(value, k))) yield { entry: value, where: where === '' ? '(body)' : where };
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'object' && inner !== null) yield* entriesOf(inner, where === '' ? key : `${where}.${key}`);
  }
}

const statusOf = (text) => (/^[1-5][0-9][0-9]$/.test(text) ? Number(text) : text);

const files = [];
for (const area of readdirSync(dir).sort(byText)) {
  const areaDir = join(dir, area);
  if (!statSync(areaDir).isDirectory()) continue;
  for (const name of readdirSync(areaDir).sort(byText)) {
    if (name.endsWith('.json')) files.push({ area, file: JSON.parse(readFileSync(join(areaDir, name), 'utf8')) });
  }
}

/** code → "status\0message\0word" → response record */
const codes = new Map();
const commits = new Set();
let responses = 0;
let items = 0;
const unreadable = [];
const notStringCodes = [];
for (const { file } of files) {
  commits.add(file.commit);
  const operation = `${file.method} ${file.path} (${file.operationId})`;
  for (const response of file.responses) {
    responses++;
    if (response.body === null || response.body === undefined) {
      if (typeof response.bodyText === 'string') unreadable.push(`${file.repoPath}: ${response.status} ${response.title}`);
      continue;
    }
    for (const { entry, where } of entriesOf(response.body, '')) {
      // A code that is not a string (a number, null) is no CRM code: counted, said, not merged.
      if (typeof entry.code !== 'string') {
        notStringCodes.push(`${file.repoPath}: ${response.status} ${response.title}: ${JSON.stringify(entry.code)}`);
        continue;
      }
      items++;
      const message = typeof entry.message === 'string' ? entry.message : null;
      const word = typeof entry.status === 'string' ? entry.status : null;
      const status = statusOf(String(response.status));
      // JSON text of each part: a missing message and the text "null" stay apart.
      const key = JSON.stringify([status, message, word]);
      let perCode = codes.get(entry.code);
      if (perCode === undefined) codes.set(entry.code, (perCode = new Map()));
      let record = perCode.get(key);
      if (record === undefined) perCode.set(key, (record = { status, statusWord: word, message, operations: new Set(), where: new Set(), detailsKeys: new Set() }));
      record.operations.add(operation);
      record.where.add(where);
      if (isObject(entry.details)) for (const k of Object.keys(entry.details)) record.detailsKeys.add(k);
    }
  }
}

const compareStatus = (a, b) => (typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1);
const out = {
  source: {
    title: 'Zoho CRM OpenAPI specification v8.0 (zoho/crm-oas): response examples',
    repo: 'zoho/crm-oas',
    files: 'v8.0/<area>/mds/examples/<operationId>.md',
    commits: [...commits].sort(byText),
  },
  counts: { files: files.length, responses, items, codes: codes.size },
  unreadableBlocks: unreadable.sort(byText),
  notStringCodes: notStringCodes.sort(byText),
  codes: [...codes.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([code, perCode]) => ({
      code,
      responses: [...perCode.values()]
        .sort((a, b) => compareStatus(a.status, b.status) || byText(String(a.message), String(b.message)) || byText(String(a.statusWord), String(b.statusWord)))
        .map((r) => ({
          status: r.status,
          statusWord: r.statusWord,
          message: r.message,
          operations: [...r.operations].sort(byText),
          where: [...r.where].sort(byText),
          detailsKeys: [...r.detailsKeys].sort(byText),
        })),
    })),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
