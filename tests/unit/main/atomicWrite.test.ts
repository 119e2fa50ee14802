import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, nodeWriteOps, type WriteOps } from '../../../main/services/storage/atomicWrite.js';
import { withTempDir } from '../../support/tempDir.js';

describe('atomicWrite', () => {
  it('replaces the file with the new bytes and leaves no temporary file', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'a.json');
      await writeFile(file, 'old');
      await atomicWrite(file, 'new');
      expect(await readFile(file, 'utf8')).toBe('new');
      expect(await readdir(dir)).toEqual(['a.json']);
    });
  });

  it('a write that throws halfway leaves the old file intact', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'a.json');
      await writeFile(file, 'old text that must survive');
      // The data is written to the temporary file, then the disk "fails" before the rename.
      const failing: WriteOps = {
        ...nodeWriteOps,
        rename: async () => {
          throw Object.assign(new Error('EIO: injected failure'), { code: 'EIO' });
        },
      };
      await expect(atomicWrite(file, 'new text', failing)).rejects.toThrow('injected failure');
      expect(await readFile(file, 'utf8')).toBe('old text that must survive');
      expect(await readdir(dir)).toEqual(['a.json']);
    });
  });

  it('a failure while writing the bytes leaves the old file intact', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'a.json');
      await writeFile(file, 'old');
      const failing: WriteOps = {
        ...nodeWriteOps,
        open: (async (path: string, flags: string) => {
          const handle = await nodeWriteOps.open(path, flags);
          if (flags === 'wx') {
            // Half the bytes reach the temporary file, then the write throws.
            handle.writeFile = async (data: string | Uint8Array) => {
              await nodeWriteOps.open(path, 'r+').then(async (h) => {
                await h.write(String(data).slice(0, 2));
                await h.close();
              });
              throw new Error('ENOSPC: injected');
            };
          }
          return handle;
        }) as WriteOps['open'],
      };
      await expect(atomicWrite(file, 'brand new contents', failing)).rejects.toThrow('ENOSPC');
      expect(await readFile(file, 'utf8')).toBe('old');
      expect(await readdir(dir)).toEqual(['a.json']);
    });
  });

  it('writes a text made in pieces, and a piece that fails leaves the old file intact', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'index.json');
      await writeFile(file, 'old');
      async function* pieces(fail: boolean) {
        yield '{"a":';
        await new Promise((resolve) => setImmediate(resolve));
        if (fail) throw new Error('injected while making the text');
        yield '"אבג"}';
      }
      await expect(atomicWrite(file, pieces(true))).rejects.toThrow('injected');
      expect(await readFile(file, 'utf8')).toBe('old');
      expect(await readdir(dir)).toEqual(['index.json']);
      await atomicWrite(file, pieces(false));
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: 'אבג' });
    });
  });
});
