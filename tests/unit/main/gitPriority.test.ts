// A sync's git runs below the window: on two cores, git packing or hashing must not take the CPU
// from the thread that draws someone's typing. Asked of a real git: a shell alias run by git
// prints the niceness it inherited.
import { execFile } from 'node:child_process';
import { getPriority } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Git } from '../../../main/services/sync/git.js';
import { withTempDir } from '../../support/tempDir.js';

describe("a sync's git processes", () => {
  it('run at a lower priority than Ktav, and so do the processes git starts', async () => {
    await withTempDir(async (dir) => {
      await promisify(execFile)('git', ['init', '--quiet', dir]);
      const { code, stdout } = await new Git(dir).run(['-c', 'alias.niceness=!nice', 'niceness']);
      expect(code).toBe(0);
      // Ten steps below the tests' own process (19 is the lowest there is).
      expect(Number(stdout.trim())).toBe(Math.min(19, getPriority() + 10));
    });
  });
});
