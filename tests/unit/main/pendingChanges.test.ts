// The top bar's count of changes not yet shared runs at any moment, also during a sync's merge:
// it must never write git's index (a status that did raced the merge's own write of it).
import { execFile } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { countPending } from '../../../main/services/sync/pendingChanges.js';
import { withTempDir } from '../../support/tempDir.js';

const git = (dir: string, ...args: string[]) =>
  promisify(execFile)('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });

/** A repository with one committed file whose time no longer matches the index: a refresh would rewrite it. */
async function staleIndex(dir: string): Promise<void> {
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  await writeFile(join(dir, 'ktav.json'), '{}\n');
  await git(dir, 'add', '--all');
  await git(dir, 'commit', '--quiet', '-m', 'first');
  const hourAgo = new Date(Date.now() - 3_600_000);
  await utimes(join(dir, 'ktav.json'), hourAgo, hourAgo);
}

describe('the count of changes not yet shared', () => {
  it('counts files not committed and commits not pushed', async () => {
    await withTempDir(async (dir) => {
      expect(await countPending(dir)).toBeNull(); // not a git repository yet
      await staleIndex(dir);
      expect(await countPending(dir)).toBe(1); // one commit, no remote branch yet
      await writeFile(join(dir, 'new.json'), '{}\n');
      await writeFile(join(dir, 'ktav.json'), '{"changed":true}\n');
      expect(await countPending(dir)).toBe(3);
    });
  });

  it('leaves the index as it found it, where a plain git status rewrites it', async () => {
    await withTempDir(async (dir) => {
      await staleIndex(dir);
      const index = join(dir, '.git', 'index');
      const before = await readFile(index);
      const beforeIno = (await stat(index)).ino;
      expect(await countPending(dir)).toBe(1);
      expect((await stat(index)).ino).toBe(beforeIno);
      expect((await readFile(index)).equals(before)).toBe(true);
      // The control: the same question without the switch refreshes (replaces) the index.
      await git(dir, 'status', '--porcelain');
      expect((await stat(index)).ino).not.toBe(beforeIno);
    });
  });
});
