// A `ktav` command loads only what it uses: `ktav --help` no package at all, `ktav list` and a
// Markdown import none of the heavy ones (sharp, ExifTool, the schema compiler, the HTML parsers),
// while the commands that need them still get them. Run as a person runs it, on the built CLI,
// with a preloaded hook that records every package the process imports.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../../support/tempDir.js';

const root = join(import.meta.dirname, '..', '..', '..');
const CLI = join(root, 'dist', 'main', 'cli.js');
const TRACE = join(root, 'tests', 'support', 'moduleTrace.mjs');
const HEAVY = ['sharp', 'exiftool-vendored', 'ajv', 'ajv-formats', 'linkedom', 'parse5', '@mozilla/readability', 'mammoth', 'yazl', 'conf', 'hunspell-wasm', 'dictionary-he', 'dictionary-en'];

/** Runs `ktav <args>` and returns its exit code and the packages it imported. */
function packagesLoadedBy(dir: string, args: string[]): { code: number | null; stderr: string; loaded: Set<string> } {
  const trace = join(dir, `trace-${args[0] ?? 'none'}.txt`);
  writeFileSync(trace, '');
  const r = spawnSync(process.execPath, ['--import', TRACE, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KTAV_REPO: join(dir, 'repo'), KTAV_TRACE_FILE: trace, KTAV_USER_DATA: join(dir, 'user-data') },
  });
  return { code: r.status, stderr: r.stderr, loaded: new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean)) };
}

describe('what a ktav command loads', () => {
  it('--help, list and a Markdown import leave the heavy packages alone; media list loads sharp', async () => {
    await withTempDir(async (dir) => {
      const md = join(dir, 'note.md');
      writeFileSync(md, '# כותרת\n\nפסקה אחת עם [קישור](https://example.org).\n');

      const help = packagesLoadedBy(dir, ['--help']);
      expect(help.code).toBe(0);
      expect([...help.loaded]).toEqual([]);

      const imported = packagesLoadedBy(dir, ['import', md]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.loaded).toContain('markdown-it');
      for (const name of HEAVY) expect(imported.loaded, name).not.toContain(name);

      const list = packagesLoadedBy(dir, ['list', '--json']);
      expect(list.code, list.stderr).toBe(0);
      expect(list.loaded).toContain('lowdb');
      for (const name of [...HEAVY, 'markdown-it', 'i18next']) expect(list.loaded, name).not.toContain(name);

      // The hook sees what a command really needs: the media library's loads sharp.
      const media = packagesLoadedBy(dir, ['media', 'list', '--json']);
      expect(media.code, media.stderr).toBe(0);
      expect(media.loaded).toContain('sharp');
    });
  });
});

describe('the built command line', () => {
  it('runs the search index in its worker thread (the worker is found from the chunk that starts it)', async () => {
    await withTempDir(async (dir) => {
      const trace = join(dir, 'trace.txt');
      writeFileSync(trace, '');
      const r = spawnSync(process.execPath, ['--import', TRACE, CLI, 'search', 'ירושלים'], {
        encoding: 'utf8',
        env: { ...process.env, KTAV_REPO: join(dir, 'repo'), KTAV_USER_DATA: join(dir, 'user-data'), KTAV_TRACE_FILE: trace, KTAV_TRACE_ALL: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(trace, 'utf8').split('\n')).toContain(pathToFileURL(join(root, 'dist', 'main', 'searchWorker.js')).href);
    });
  });

  it('runs the spelling dictionaries in their worker thread', async () => {
    await withTempDir(async (dir) => {
      const env = { ...process.env, KTAV_REPO: join(dir, 'repo'), KTAV_USER_DATA: join(dir, 'user-data') };
      const md = join(dir, 'note.md');
      writeFileSync(md, '# כותרת\n\nהממשלה החליטה אתמל.\n');
      const imported = spawnSync(process.execPath, [CLI, 'import', md, '--json'], { encoding: 'utf8', env });
      expect(imported.status, imported.stderr).toBe(0);
      const id = (JSON.parse(imported.stdout) as { id: string }[])[0]!.id;
      const trace = join(dir, 'trace.txt');
      writeFileSync(trace, '');
      const r = spawnSync(process.execPath, ['--import', TRACE, CLI, 'spell', id, '--json'], { encoding: 'utf8', env: { ...env, KTAV_TRACE_FILE: trace, KTAV_TRACE_ALL: '1' } });
      expect(r.status, r.stderr).toBe(1);
      expect((JSON.parse(r.stdout) as { findings: { word: string }[] }).findings.map((f) => f.word)).toEqual(['אתמל']);
      expect(readFileSync(trace, 'utf8').split('\n')).toContain(pathToFileURL(join(root, 'dist', 'main', 'spellWorker.js')).href);
    });
  });
});
