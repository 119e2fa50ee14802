// The fault test: a real process autosaves continuously and is killed with SIGKILL at random
// moments, many times. After every kill each article file must parse, hold a whole revision
// (never a torn mix), and be at least as new as the last save the process acknowledged.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../../shared/model/article.js';
import { openTestRepo } from '../../support/repo.js';
import { makeTempDir } from '../../support/tempDir.js';

const KILLS = 12;

async function runUntilKilled(script: string, repo: string, afterReadyMs: number): Promise<Map<string, number>> {
  const acked = new Map<string, number>();
  const child = spawn(process.execPath, [script, repo], { stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterReadyMs);
        const m = /^ack (\S+) (\d+)$/.exec(line);
        if (m) acked.set(m[1]!, Number(m[2]));
      }
    });
    child.on('exit', () => resolve());
  });
  return acked;
}

describe('killed while autosaving', () => {
  it(`loses no acknowledged save and tears no file across ${KILLS} SIGKILLs`, { timeout: 120_000 }, async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const script = join(dir, 'writer.mjs');
      await build({
        entryPoints: [join(import.meta.dirname, '../../support/autosaveWriter.ts')],
        outfile: script,
        bundle: true,
        platform: 'node',
        format: 'esm',
        // Bundled whole: the script runs from a temporary folder with no node_modules beside it.
        // CommonJS packages inside (mammoth) still require Node's built-ins: give them `require`.
        banner: { js: "import { createRequire as __ktavCreateRequire } from 'node:module'; const require = __ktavCreateRequire(import.meta.url);" },
        logLevel: 'error',
      });
      const repo = join(dir, 'repo');
      const setup = await openTestRepo(repo);
      for (let i = 0; i < 3; i++) await setup.articles.create();
      await setup.close();

      let totalAcks = 0;
      for (let k = 0; k < KILLS; k++) {
        const acked = await runUntilKilled(script, repo, 20 + Math.floor(Math.random() * 400));
        totalAcks += acked.size;
        const names = (await readdir(join(repo, 'articles'))).filter((n) => n.endsWith('.json'));
        expect(names).toHaveLength(3);
        for (const name of names) {
          const file = articleFileSchema.parse(JSON.parse(await readFile(join(repo, 'articles', name), 'utf8')));
          const id = name.slice(0, -5);
          expect(file.revision).toBeGreaterThanOrEqual(acked.get(id) ?? 0);
          if (file.revision > 0) {
            // The whole text belongs to one revision: headline and last paragraph agree.
            const text = JSON.stringify(file.doc);
            expect(text).toContain(`גרסה ${file.revision}"`);
            expect(text).toContain(`סוף ${file.revision}"`);
          }
        }
        for (const j of (await readdir(join(repo, 'journal'))).filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
          JSON.parse(await readFile(join(repo, 'journal', j), 'utf8'));
        }
      }
      // The repository opens cleanly afterwards, with nothing quarantined.
      const after = await openTestRepo(repo);
      expect(after.damaged).toEqual([]);
      expect(after.articles.list()).toHaveLength(3);
      await after.close();
      expect(totalAcks).toBeGreaterThan(0);
    } finally {
      await cleanup();
    }
  });
});
