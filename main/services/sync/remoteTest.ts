// "Test the connection": what the remote at an address is, without touching the repository:
// a Ktav repository, an empty one (this machine's will fill it), or why it cannot be used
// (unreachable, refused, not Ktav's), each told as a sync would tell it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import { Git, type GitCredentials } from './git.js';
import { checkAddress } from './sharing.js';
import { remoteError } from './syncRepository.js';

export type RemoteState = 'ktav' | 'empty';

export async function testRemote(url: string, credentials: GitCredentials | null): Promise<RemoteState> {
  checkAddress(url);
  const dir = await mkdtemp(join(tmpdir(), 'ktav-remote-test-'));
  try {
    const git = new Git(dir, credentials);
    await git.ok(['init', '--quiet']); // a scratch repository to fetch into, removed after
    const heads = await git.run(['ls-remote', '--heads', url]);
    if (heads.code !== 0) throw remoteError(url, heads, ['ls-remote']);
    if (heads.stdout.trim() === '') return 'empty';
    if (!/\srefs\/heads\/main$/m.test(heads.stdout)) throw new KtavError('remote', 'syncNotKtav', { url });
    // Only the newest commit's files, to see ktav.json; the sync fetches the history itself.
    const fetched = await git.run(['fetch', '--quiet', '--depth=1', url, 'refs/heads/main']);
    if (fetched.code !== 0) throw remoteError(url, fetched, ['fetch']);
    if ((await git.run(['cat-file', '-e', 'FETCH_HEAD:ktav.json'])).code !== 0) throw new KtavError('remote', 'syncNotKtav', { url });
    return 'ktav';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
