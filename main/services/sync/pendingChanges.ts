// How many changes here are not yet on the remote: files not committed, and commits not pushed.
// Counted for the top bar's indicator, at any moment, also while a sync runs. So the count must
// never write git's index: a plain `git status` refreshes it when it can take the index's lock,
// and a status that took that lock just before a sync cleared it as stale (a sync holds the only
// right to git here) renamed its copy over the merge's own and made the merge fail with "Unable
// to write index". `--no-optional-locks` is git's switch for exactly such readers.
import { Git } from './git.js';

/** The count, or null when the folder is not a git repository yet (nothing shared). */
export async function countPending(root: string): Promise<number | null> {
  const git = new Git(root);
  const status = await git.run(['--no-optional-locks', 'status', '--porcelain', '-z', '--untracked-files=all']);
  if (status.code !== 0) return null;
  const files = status.stdout.split('\0').filter(Boolean).length;
  const ahead = await git.run(['rev-list', '--count', 'refs/remotes/origin/main..HEAD']);
  const commits = ahead.code === 0 ? ahead.stdout : (await git.run(['rev-list', '--count', 'HEAD'])).stdout;
  return files + (Number(commits.trim()) || 0);
}
