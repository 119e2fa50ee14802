// `ktav media import|list|credit` run as a person runs them: the real launcher in a child
// process, on a temporary repository.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/tempDir.js';
import { heic, jpeg } from '../../support/mediaImages.js';

const run = promisify(execFile);
const KTAV = join(import.meta.dirname, '../../../main/cli/ktav.mjs');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

async function ktav(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KTAV_USER_DATA: join(dir, 'user-data') };
  try {
    const { stdout, stderr } = await run(process.execPath, [KTAV, ...args, '--repo', join(dir, 'repo')], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('ktav media', () => {
  it('imports an iPhone HEIC with the built app (its decoder worker started from a bundled chunk)', async () => {
    const photo = await heic(join(dir, 'IMG_0004.HEIC'), 320, 240);
    const imported = await ktav('media', 'import', photo, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject([{ ok: true }]);
  });

  it('imports pictures, credits them in one go and lists every field', async () => {
    const a = await jpeg(join(dir, 'a.jpg'), 300, 200, '#a00');
    const b = await jpeg(join(dir, 'b.jpg'), 200, 300, '#0a0');
    const bad = join(dir, 'בעיה.jpg');
    await writeFile(bad, 'not a picture');

    const imported = await ktav('media', 'import', a, b, bad, '--json');
    expect(imported.code).toBe(1); // one file was refused…
    const report = JSON.parse(imported.stdout) as { ok: boolean; id?: string; file: string }[];
    expect(report.filter((r) => r.ok)).toHaveLength(2); // …and the others came in
    expect(imported.stderr).toContain('הקובץ בעיה.jpg אינו תמונה');
    const ids = report.filter((r) => r.ok).map((r) => r.id!);

    const uncredited = JSON.parse((await ktav('media', 'list', '--uncredited', '--json')).stdout) as unknown[];
    expect(uncredited).toHaveLength(2);

    const credited = await ktav(
      'media', 'credit', ids[0]!, ids[1]!.slice(0, 12),
      '--credit', 'דוברות המשטרה', '--creator', 'נועה לוי', '--creator', 'דני כהן',
      '--copyright', '© משטרת ישראל', '--source', 'לע"מ', '--caption', 'כיתוב', '--alt', 'טקסט חלופי',
      '--rights', 'handout', '--valid-until', '2027-03-01',
    );
    expect(credited.stderr).toBe('');
    expect(credited.code).toBe(0);

    const list = JSON.parse((await ktav('media', 'list', '--json')).stdout) as { id: string; file: string; width: number; height: number; credit: Record<string, unknown> }[];
    expect(list).toHaveLength(2);
    for (const item of list) {
      expect(item.file).toMatch(new RegExp(`${item.id}\\.jpg$`));
      expect(item.credit).toMatchObject({
        creditLine: 'דוברות המשטרה',
        creators: ['נועה לוי', 'דני כהן'],
        copyrightNotice: '© משטרת ישראל',
        source: 'לע"מ',
        caption: 'כיתוב',
        altText: 'טקסט חלופי',
        rightsCategory: 'handout',
        validUntil: '2027-03-01',
      });
    }
    expect(list.map((i) => `${i.width}x${i.height}`).sort()).toEqual(['200x300', '300x200']);
    expect(JSON.parse((await ktav('media', 'list', '--uncredited', '--json')).stdout)).toEqual([]);
  });

  it('refuses an impossible date and an unknown rights category without changing anything', async () => {
    const a = await jpeg(join(dir, 'a.jpg'));
    const { id } = (JSON.parse((await ktav('media', 'import', a, '--json')).stdout) as { id: string }[])[0]!;
    const date = await ktav('media', 'credit', id, '--credit', 'x', '--valid-until', '2027-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--valid-until');
    const rights = await ktav('media', 'credit', id, '--rights', 'stolen');
    expect(rights.code).toBe(2);
    expect(rights.stderr).toContain('--rights');
    const [item] = JSON.parse((await ktav('media', 'list', '--json')).stdout) as { credit: { creditLine: string } }[];
    expect(item!.credit.creditLine).toBe('');
  });
});
