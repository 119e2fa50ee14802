// A settings file that is not a JSON object (cut short by a full disk, edited by hand) would stop
// conf and electron-store from opening, and so Ktav from starting. It is moved aside, whole, to
// `settings.damaged-<time>.json` beside it; Ktav starts with the default settings and the window
// says where the damaged file is. Nothing in the repository depends on it.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Moves `<dir>/settings.json` aside when it cannot be read as settings; returns where it went, or null. */
export function setAsideDamagedSettings(dir: string, now = new Date()): string | null {
  const file = join(dir, 'settings.json');
  if (!existsSync(file)) return null;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return null;
  } catch {
    // not JSON: set aside below
  }
  const aside = join(dir, `settings.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(file, aside);
  return aside;
}
