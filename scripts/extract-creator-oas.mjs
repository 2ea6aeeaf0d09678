#!/usr/bin/env node
/**
 * Derives vendor/zoho-creator-v2-oas-errors.json from Zoho's Creator API v2 OpenAPI specification
 * (the JSON file offered on https://www.zoho.com/creator/help/api/v2/openapi-specification.html).
 *
 *   node scripts/extract-creator-oas.mjs <openapi.json> <repo> <commit> <path> > vendor/zoho-creator-v2-oas-errors.json
 *
 * The specification gives its errors as text, not as schemas: each response's description lists
 * them as `{'code': 1030, 'message': '…'}` items, apostrophes unescaped inside the message
 * ("API request's body"). An item ends at the `'}` followed by a comma or the end of the text.
 * Only what the text says is recorded: no code or message is added or edited here.
 */
import { readFileSync } from 'node:fs';

const [file, repo, commit, path] = process.argv.slice(2);
if (file === undefined || repo === undefined || commit === undefined || path === undefined) {
  process.stderr.write('usage: node scripts/extract-creator-oas.mjs <openapi.json> <repo> <commit> <path-in-repo>\n');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(file, 'utf8'));
const ITEM = /\{'code': (\d+), 'message': '(.*?)'\}(?=\s*(?:,|$))/g;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Resolves a local `#/components/...` reference. */
function resolve(node) {
  let value = node;
  while (value !== null && typeof value === 'object' && typeof value.$ref === 'string') {
    value = value.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return value;
}

/** code → status → message → operations */
const found = new Map();
let items = 0;
for (const [route, ops] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const op = ops[method];
    if (op === undefined) continue;
    for (const [status, ref] of Object.entries(op.responses ?? {})) {
      const description = resolve(ref)?.description;
      if (typeof description !== 'string') continue;
      // Every item must be read: an item the pattern missed (a message in double quotes, one
      // containing `'}`) stops the script rather than leave a code out of the extract.
      const opened = description.split("{'code': ").length - 1;
      const read = [...description.matchAll(ITEM)];
      if (read.length !== opened) {
        process.stderr.write(`${method.toUpperCase()} ${route} ${status}: ${opened} items, ${read.length} read by the pattern; read the description and extend ITEM\n`);
        process.exit(1);
      }
      for (const [, code, message] of read) {
        items++;
        const byStatus = found.get(Number(code)) ?? new Map();
        found.set(Number(code), byStatus);
        const byMessage = byStatus.get(Number(status)) ?? new Map();
        byStatus.set(Number(status), byMessage);
        const operations = byMessage.get(message) ?? [];
        byMessage.set(message, operations);
        operations.push(`${method.toUpperCase()} ${route}`);
      }
    }
  }
}

const codes = [...found.entries()]
  .sort(([a], [b]) => a - b)
  .map(([code, byStatus]) => ({
    code,
    responses: [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([status, byMessage]) =>
        [...byMessage.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([message, operations]) => ({ status, message, operations: [...new Set(operations)].sort() })),
      ),
  }));

const out = {
  source: {
    title: spec.info?.title,
    version: spec.info?.version,
    contact: spec.info?.contact,
    page: 'https://www.zoho.com/creator/help/api/v2/openapi-specification.html',
    copy: { repo, commit, path },
  },
  derivation:
    "Every operation's responses (references resolved) were read; each `{'code': N, 'message': '…'}` item of a response description is one (code, HTTP status, message) triple, the status being the response's key. Messages are verbatim, placeholders such as OWNER_NAME included. No code or message was added by hand.",
  counts: { items, codes: codes.length },
  codes,
};
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
