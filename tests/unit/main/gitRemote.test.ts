// The test remote is a real git remote: Debian's git clones, pushes and fetches through it over
// smart HTTP, refuses without the password when it asks for one, and fails when it is gone.
// (The sync engine's tests stand on it.)
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startGitRemote } from '../../support/gitRemote.js';
import { withTempDir } from '../../support/tempDir.js';

const run = promisify(execFile);
const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };
const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', 'user.name=כתבת', '-c', 'user.email=reporter@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, env });

describe('the loopback git remote', () => {
  it('carries a commit from one clone to another over smart HTTP', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        await git(dir, 'clone', '--quiet', remote.url, 'reporter');
        const reporter = join(dir, 'reporter');
        await writeFile(join(reporter, 'ktav.json'), '{"format":1}\n');
        await git(reporter, 'add', 'ktav.json');
        await git(reporter, 'commit', '--quiet', '-m', 'מאגר חדש');
        await git(reporter, 'push', '--quiet', 'origin', 'HEAD:main');

        await git(dir, 'clone', '--quiet', remote.url, 'desk');
        expect(await readFile(join(dir, 'desk', 'ktav.json'), 'utf8')).toBe('{"format":1}\n');
        const { stdout } = await git(remote.bareDir, 'log', '--format=%s', 'main');
        expect(stdout.trim()).toBe('מאגר חדש');
      } finally {
        await remote.stop();
      }
    });
  });

  it('asks for the password when it has one, and a stopped remote cannot be reached', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'), { auth: { user: 'desk', password: 's3cret' } });
      try {
        // Without credentials git is asked for a user name (the 401), with a wrong password refused.
        await expect(git(dir, 'clone', '--quiet', remote.url, 'no-password')).rejects.toThrow(/could not read Username/);
        await expect(git(dir, 'clone', '--quiet', remote.url.replace('http://', 'http://desk:wrong@'), 'wrong')).rejects.toThrow(/Authentication failed/);
        const withPassword = remote.url.replace('http://', 'http://desk:s3cret@');
        await git(dir, 'clone', '--quiet', withPassword, 'with-password');
      } finally {
        await remote.stop();
      }
      await expect(git(dir, 'ls-remote', remote.url)).rejects.toThrow(/Failed to connect|Connection refused|Could not connect/);
    });
  });
});
