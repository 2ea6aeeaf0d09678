// What both schema-derived files need: write the text, or with `--check` only compare and fail when stale.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(outPath: string, label: string, text: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(outPath, text);
    return;
  }
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${label} is stale: run \`pnpm generate:schema-types\`.`);
    process.exit(1);
  }
}
