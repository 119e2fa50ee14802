// `ktav` says a coded error as the window does: from the same tables, in the language of the
// person's settings, never as the error's code and key.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../../support/tempDir.js';

const KTAV = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'ktav.mjs');

async function ktavIn(dir: string, language: 'he' | 'en', args: string[]) {
  const userData = join(dir, `user-${language}`);
  await mkdir(userData, { recursive: true });
  await writeFile(join(userData, 'settings.json'), JSON.stringify({ language }));
  const r = spawnSync(process.execPath, [KTAV, ...args, '--repo', join(dir, 'repo')], { encoding: 'utf8', env: { ...process.env, KTAV_USER_DATA: userData } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ktav prints errors in the person’s language', () => {
  it('a picture that is not in the library, in Hebrew and in English', async () => {
    await withTempDir(async (dir) => {
      const id = 'f'.repeat(64);
      const he = await ktavIn(dir, 'he', ['media', 'credit', id, '--credit', 'x']);
      expect(he).toEqual({ code: 1, stdout: '', stderr: `ktav: התמונה ${id} לא נמצאה בספריית התמונות.\n` });
      const en = await ktavIn(dir, 'en', ['media', 'credit', id, '--credit', 'x']);
      expect(en).toEqual({ code: 1, stdout: '', stderr: `ktav: Picture ${id} is not in the media library.\n` });
    });
  });

  it('a refused file of an import, each line naming its file', async () => {
    await withTempDir(async (dir) => {
      const odt = join(dir, 'notes.odt');
      await writeFile(odt, 'not really');
      const he = await ktavIn(dir, 'he', ['import', odt]);
      expect(he).toMatchObject({ code: 1, stdout: `✗ ${odt}: סוג הקובץ notes.odt אינו נתמך לייבוא. אפשר לייבא ‎.docx, ‎.md, ‎.html, ‎.txt.\n` });
      const en = await ktavIn(dir, 'en', ['import', odt]);
      expect(en).toMatchObject({ code: 1, stdout: `✗ ${odt}: The file type of notes.odt cannot be imported. Ktav imports .docx, .md, .html and .txt.\n` });
    });
  });
});
