// A settings file that cannot be read is moved aside whole, and a good one is left alone, so
// that a damaged file never stops Ktav from starting.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfSettings } from '../../../main/services/settings/confSettings.js';
import { setAsideDamagedSettings } from '../../../main/services/settings/damagedSettings.js';
import { withTempDir } from '../../support/tempDir.js';

describe('a damaged settings file', () => {
  it('is moved aside, byte for byte, when it is not a JSON object; a good or missing one is left', async () => {
    await withTempDir(async (dir) => {
      expect(setAsideDamagedSettings(dir)).toBeNull();
      writeFileSync(join(dir, 'settings.json'), '{"language":"en"}');
      expect(setAsideDamagedSettings(dir)).toBeNull();
      expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{"language":"en"}');
      for (const [i, broken] of ['{"language": "en", "th', '[1, 2]', 'null', '\u0000\u0000\u0000'].entries()) {
        const sub = join(dir, `case-${i}`);
        mkdirSync(sub);
        writeFileSync(join(sub, 'settings.json'), broken);
        const aside = setAsideDamagedSettings(sub, new Date('2026-12-02T10:00:00Z'));
        expect(aside).toBe(join(sub, 'settings.damaged-2026-12-02T10-00-00-000Z.json'));
        expect(readFileSync(aside!, 'utf8')).toBe(broken);
        expect(existsSync(join(sub, 'settings.json'))).toBe(false);
      }
    });
  });

  it('no longer stops the settings store from opening: it starts with the defaults and names the copy', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'settings.json'), '{"language": "en", "theme": ');
      const settings = new ConfSettings(dir);
      expect(settings.get().language).toBe('he');
      expect(settings.setAside).toMatch(/settings\.damaged-.*\.json$/);
      expect(readdirSync(dir).filter((n) => n.startsWith('settings.damaged-'))).toHaveLength(1);
      settings.update({ language: 'en' });
      expect(new ConfSettings(dir).setAside).toBeNull();
      expect(new ConfSettings(dir).get().language).toBe('en');
    });
  });
});
