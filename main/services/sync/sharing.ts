// What a repository is shared with, and as whom: the remote's address and the user name live in
// the repository's own git settings (`.git/config`, which never leaves the machine), the secret
// in the person's secret store (../secrets/secretStore.ts), never in the repository or a log.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import type { RepositoryLayout } from '../repository.js';
import { syncSecretKey, type SecretStore } from '../secrets/secretStore.js';
import { Git, type GitCredentials } from './git.js';
import { linkRepository } from './syncRepository.js';

export interface Sharing {
  remote: string | null;
  user: string | null;
  hasSecret: boolean;
  /** Where the secret is kept: encrypted by the system's keychain, or in a file only this user may read. */
  secretKept: SecretStore['kind'];
}

export interface SharingChange {
  /** The remote's address; `null` stops sharing (the remote and the history stay). */
  remote: string | null;
  user: string | null;
  /** A new secret; `undefined` keeps the one kept, `null` forgets it. */
  secret?: string | null;
}

export async function readSharing(layout: RepositoryLayout, secrets: SecretStore): Promise<Sharing> {
  const linked = existsSync(join(layout.root, '.git'));
  const git = new Git(layout.root);
  const remote = linked ? (await git.run(['remote', 'get-url', 'origin'])).stdout.trim() || null : null;
  const user = await sharingUser(layout);
  const hasSecret = (await secrets.get(syncSecretKey(layout.root))) !== null;
  return { remote, user, hasSecret, secretKept: secrets.kind };
}

export async function writeSharing(layout: RepositoryLayout, secrets: SecretStore, change: SharingChange): Promise<Sharing> {
  if (change.remote !== null) checkAddress(change.remote);
  const git = new Git(layout.root);
  if (change.remote !== null) await linkRepository(git, layout, change.remote);
  else if (existsSync(join(layout.root, '.git'))) await git.run(['remote', 'remove', 'origin']);
  if (existsSync(join(layout.root, '.git'))) {
    if (change.user) await git.ok(['config', '--local', 'ktav.user', change.user]);
    else await git.run(['config', '--local', '--unset', 'ktav.user']);
  }
  const key = syncSecretKey(layout.root);
  if (change.secret === null) await secrets.delete(key);
  else if (change.secret !== undefined && change.secret !== '') await secrets.set(key, change.secret);
  return readSharing(layout, secrets);
}

/** The name in the sharing settings, or null where the repository is not shared. */
export async function sharingUser(layout: RepositoryLayout): Promise<string | null> {
  if (!existsSync(join(layout.root, '.git'))) return null;
  return (await new Git(layout.root).run(['config', '--local', 'ktav.user'])).stdout.trim() || null;
}

/** The credentials a sync sends: the user with the secret given (the command line's KTAV_SYNC_TOKEN) or kept. */
export async function sharingCredentials(layout: RepositoryLayout, secrets: SecretStore, user: string | null, given?: string): Promise<GitCredentials | null> {
  const secret = given ?? (await secrets.get(syncSecretKey(layout.root)));
  return user && secret ? { user, secret } : null;
}

/** The author of this machine's commits: the sharing name, else the system's user name. */
export function commitAuthor(name: string): { name: string; email: string } {
  return { name, email: `${name.replace(/[^\w.-]+/g, '.')}@ktav.invalid` };
}

export function checkAddress(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KtavError('invalid-arguments', 'syncBadAddress');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new KtavError('invalid-arguments', 'syncBadAddress');
  // A password in the address would land in .git/config: it belongs in the secret.
  if (parsed.password) throw new KtavError('invalid-arguments', 'syncBadAddress');
}
