// Run by `publish-packages` before `changeset publish`, which tags HEAD with every version it
// publishes: HEAD must be the release commit. Without this, a release run straight after
// `changeset version` tagged the commit before the bump (its package.json still at the old
// version), left the bump uncommitted, and `diff --require-changeset` then asked for changesets of
// the changes just released. Exit 1 with what to do when the tree is not a committed release.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? process.cwd();

function git(args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const problems = [];
const pending = readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
if (pending.length > 0) {
  problems.push(
    `${pending.length} changeset${pending.length === 1 ? ' is' : 's are'} not applied yet (.changeset/${pending[0]}${pending.length > 1 ? ', …' : ''}): run \`npm run version-packages\`, review, then commit`,
  );
}
let changed;
try {
  changed = git(['status', '--porcelain', '--untracked-files=all']).split('\n').filter(Boolean);
} catch {
  console.error(`✖ ${root} is not a git work tree: changeset publish tags HEAD, so the release must be a commit`);
  process.exit(1);
}
if (changed.length > 0) {
  const first = changed[0].slice(3);
  problems.push(
    `${changed.length} file${changed.length === 1 ? ' is' : 's are'} changed or untracked (${first}${changed.length > 1 ? ', …' : ''}): commit the release first, since changeset publish tags HEAD`,
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`✖ ${problem}`);
  console.error('Nothing was published.');
  process.exit(1);
}
console.log(`✔ HEAD ${git(['rev-parse', '--short=10', 'HEAD']).trim()} is a committed release with no pending changesets`);
