// Run as `prepack` of every generated package (package-files.ts): npm pack and npm publish copy
// package.json as it is, so `"@errcat/runtime": "workspace:^0.1.0"` would reach the tarball and no
// npm could install it (EUNSUPPORTEDPROTOCOL). pnpm pack and pnpm publish (what `changeset
// publish` runs) write the version instead. Exit 1 with what to do when npm is packing.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const agent = process.env.npm_config_user_agent ?? '';
const workspace = Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies }).filter(([, range]) => String(range).startsWith('workspace:'));
if (workspace.length > 0 && !agent.startsWith('pnpm/')) {
  const [name, range] = workspace[0];
  console.error(`✖ ${pkg.name}: depends on ${name} as ${range}, which only pnpm turns into a version when it packs.`);
  console.error('  Pack with `pnpm pack`, or publish with `npm run publish-packages` at the repository root (changeset publish, through pnpm).');
  process.exit(1);
}
