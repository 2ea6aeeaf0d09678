// Marks a dual build's CommonJS output folder so Node reads its .js files as CommonJS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: mark-cjs.mjs <dist/cjs folder>');
  process.exit(2);
}
writeFileSync(join(dir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
