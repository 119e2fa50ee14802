// `ktav export`, `ktav verify` and `ktav lint` run as a script runs them: real processes on a
// real repository, exit codes and streams checked.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/tempDir.js';
import { articleFile, exportRepo, type ExportRepo } from '../../support/exportFixtures.js';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';

const KTAV = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'ktav.mjs');

function ktav(args: string[]) {
  const r = spawnSync(process.execPath, [KTAV, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let cleanup: () => Promise<void>;
let fx: ExportRepo;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  fx = await exportRepo(dir);
  await fx.services.close();
  // An approved article the gate refuses: no headline, an unsafe link, typography slips.
  const bad = articleFile('20261126-bad00001', {
    type: 'doc',
    content: [
      { type: 'headline', attrs: { dir: 'auto' } },
      { type: 'subheadline', attrs: { dir: 'auto' } },
      { type: 'byline', attrs: { dir: 'auto' } },
      {
        type: 'paragraph',
        attrs: { dir: 'auto' },
        content: [
          { type: 'text', text: 'יו"ר הוועד אמר , ' },
          { type: 'text', text: 'כאן', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: null } }] },
        ],
      },
    ],
  });
  await writeFile(join(fx.repo, 'articles', `${bad.id}.json`), JSON.stringify(bad));
  const s = await createServices(fx.repo, new MemorySettings());
  await s.close();
}, 60_000);
afterAll(() => cleanup());

describe('ktav export, verify and lint', () => {
  it('exports by slug with --json: path, size and SHA-256; verify then passes', async () => {
    const out = join(dir, 'park.zip');
    const r = ktav(['export', 'פארק-הדר', '--out', out, '--repo', fx.repo, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { path: string; bytes: number; sha256: string };
    expect(result).toMatchObject({ exported: true, id: fx.mainId, path: out, kind: 'zip' });
    expect(result.bytes).toBe((await readFile(out)).length);
    expect(result.sha256).toMatch(/^[a-f0-9]{64}$/);
    const v = ktav(['verify', out, '--json']);
    expect(v.code, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it('verify exits 1 and names the file when a picture in the package was swapped', async () => {
    const out = join(dir, 'park.zip');
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    const jpgs = Object.keys(entries).filter((n) => n.endsWith('-960.jpg'));
    entries[jpgs[0]!] = entries[jpgs[1]!]!;
    const tampered = join(dir, 'tampered.zip');
    await writeFile(tampered, zipSync(entries));
    const v = ktav(['verify', tampered]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(`${jpgs[0]}: הקובץ ${jpgs[0]} שונה מאז הייצוא`);
    expect(v.stdout).toBe('');
  });

  it('refuses an article the gate stops, with exit 3 and every finding on stderr', () => {
    const r = ktav(['export', '20261126-bad00001', '--out', join(dir, 'bad.zip'), '--repo', fx.repo]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('שגיאה: כותרת: לכתבה אין כותרת');
    expect(r.stderr).toContain('javascript:alert(1)');
    expect(r.stdout).toBe('');
    const j = ktav(['export', '20261126-bad00001', '--out', join(dir, 'bad.zip'), '--repo', fx.repo, '--json']);
    expect(j.code).toBe(3);
    const body = JSON.parse(j.stdout) as { gate: { errors: { code: string }[] } };
    expect(body.gate.errors.map((e) => e.code)).toEqual(['no-headline', 'unsafe-link']);
  });

  it('batch-exports every approved article, reports the refused one and exits 3', async () => {
    const outDir = join(dir, 'batch');
    const r = ktav(['export', '--status', 'approved', '--out-dir', outDir, '--repo', fx.repo, '--json']);
    expect(r.code).toBe(3);
    const results = JSON.parse(r.stdout) as { id: string; exported: boolean; path?: string }[];
    expect(results.filter((x) => x.exported).map((x) => x.path?.replace(outDir, ''))).toEqual(
      expect.arrayContaining(['/גינה-קהילתית.zip', '/nba-hapoel.zip']),
    );
    expect(results.find((x) => x.id === '20261126-bad00001')?.exported).toBe(false);
    expect(ktav(['export', '--status', 'published', '--out-dir', outDir, '--repo', fx.repo]).code).toBe(2);
  });

  it('lint prints each finding with its rule, text, place and fix, and exits 1 on house-style errors', () => {
    const r = ktav(['lint', '20261126-bad00001', '--repo', fx.repo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('גוף הכתבה, פסקה 1\tgershayim\t«"»\t→ «״»');
    expect(r.stdout).toContain('space-before-punctuation');
    const j = JSON.parse(ktav(['lint', '20261126-bad00001', '--repo', fx.repo, '--json']).stdout) as { findings: { rule: string }[] };
    expect(j.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['gershayim', 'space-before-punctuation']));
    expect(ktav(['lint', 'no-such', '--repo', fx.repo]).code).toBe(1);
    expect(ktav(['lint', '--repo', fx.repo]).code).toBe(2);
  });
});
