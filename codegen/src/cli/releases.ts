/**
 * Where each package was last released: the newest commit (an ancestor of HEAD) that changed the
 * version in its package.json, which is what `changeset version` does at every release (and what
 * a new package's first commit does). Pending changesets are the ones written since:
 * `diff --require-changeset` checks that they cover everything that changed after it.
 */
import { git, showFile } from './git.js';

/** The `version` of a package.json text; undefined when there is none (no file, not JSON). */
function versionIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The release commit of every package whose manifest git knows; a package git has never seen (a new one) has none. */
export function lastReleases(root: string, manifests: ReadonlyMap<string, { readonly path: string }>): Map<string, string> {
  const releases = new Map<string, string>();
  for (const [name, { path }] of manifests) {
    // Commits whose diff touches a "version" line, newest first; a commit that only moved or
    // reformatted the line (same value) is not a release, so each is checked against its parent.
    const log = git(root, ['log', '--format=%H', '-G', '"version"[[:space:]]*:', 'HEAD', '--', path]);
    if (!log.ok) continue;
    for (const commit of log.stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line))) {
      const version = versionIn(showFile(root, commit, path));
      if (version !== undefined && version !== versionIn(showFile(root, `${commit}^`, path))) {
        releases.set(name, commit);
        break;
      }
    }
  }
  return releases;
}
