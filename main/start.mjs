// `npm start`: build if needed, then the Electron shell, or, where no Electron binary is
// present (as on machines that cannot download it), the browser shell in Chromium.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from '../build.config.mjs';
import { electronBinary, NO_ELECTRON_REASON } from './electronBinary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

await ensureBuilt();
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
} else {
  console.log(`${NO_ELECTRON_REASON}; starting the browser shell in Chromium instead.`);
  // The browser shell is Node itself: it runs in this process rather than in a second Node.
  await import(pathToFileURL(join(root, 'dist', 'main', 'browser.js')).href);
}
