// Finds the Electron binary without requiring the `electron` package, which would try to
// download it (impossible on machines without internet). Used by `npm start` and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The path of the Electron executable, or null when it is not installed. */
export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const NO_ELECTRON_REASON =
  'No Electron binary is installed here (node_modules/electron/dist is missing: it downloads from the internet, which this machine cannot reach)';
