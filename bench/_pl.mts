// Quick per-package measurement: bytes of `export { parseResponse, lookup }` bundles, and what validate/ contributes.
import { parseAndLookup } from './footprint.ts';
for (const id of ['zoho-crm', 'zoho-creator-rest', 'zoho-accounts', 'hyper', 'zoho-creator']) {
  const r = await parseAndLookup('generated/' + id);
  const validation = Object.entries(r.byInput).filter(([k]) => k.includes('/validate/') || k.endsWith('validators.ts') || k.endsWith('validators.js'));
  const v = validation.reduce((n, [, b]) => n + b, 0);
  console.log(r.name, r.codes, 'raw', r.raw, 'gz', r.gzip, 'runtime', r.runtime, 'tables', r.tables, 'validation(runtime)', validation.filter(([k]) => k.includes('/validate/')).reduce((n, [, b]) => n + b, 0), 'validation+schemas', v);
  if (process.argv.includes(id)) for (const [k, b] of validation) console.log('   ', b, k.replace(/^.*?(packages\/runtime|generated)\//, '$1/'));
}
