/**
 * The cold floor for generation: a new process (plain `node`, as the CLI runs) that only copies
 * an already generated tree, byte for byte. Usage: node bench/write-floor.mjs <from> <to>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, join(to, entry.name));
    else writeFileSync(join(to, entry.name), readFileSync(source));
  }
}

const [from, to] = process.argv.slice(2);
if (from === undefined || to === undefined) throw new Error('usage: node bench/write-floor.mjs <from> <to>');
copyTree(from, to);
