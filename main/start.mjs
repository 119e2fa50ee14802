// `npm start`: build if needed, then the Electron shell, or, where no Electron binary is
// present (as on machines that cannot download it), the browser shell in Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../build.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** The Electron binary, found without requiring `electron` (which would try to download it). */
export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

await ensureBuilt();
const electron = electronBinary();
let child;
if (electron) {
  child = spawn(electron, [root, ...args], { stdio: 'inherit' });
} else {
  console.log('No Electron binary is installed here (node_modules/electron/dist); starting the browser shell in Chromium instead.');
  child = spawn(process.execPath, [join(root, 'dist', 'main', 'browser.js'), ...args], { stdio: 'inherit' });
}
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
