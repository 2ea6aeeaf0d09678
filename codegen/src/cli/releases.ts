/**
 * Where each package was last released: the newest commit (an ancestor of HEAD) that changed the
 * `"version"` line of its package.json, which is what `changeset version` does at every release
 * (and what a new package's first commit does). Pending changesets are the ones written since:
 * `diff --require-changeset` checks that they cover everything that changed after it.
 */
import { git } from './git.js';

/** The release commit of every package whose manifest git knows; a package git has never seen (a new one) has none. */
export function lastReleases(root: string, manifests: ReadonlyMap<string, { readonly path: string }>): Map<string, string> {
  const releases = new Map<string, string>();
  for (const [name, { path }] of manifests) {
    const log = git(root, ['log', '-1', '--format=%H', '-G', '"version"[[:space:]]*:', 'HEAD', '--', path]);
    const commit = log.ok ? log.stdout.trim() : '';
    if (/^[0-9a-f]{40,64}$/.test(commit)) releases.set(name, commit);
  }
  return releases;
}
