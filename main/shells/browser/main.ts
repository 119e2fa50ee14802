// Entry point of the browser shell (`dist/main/browser.js`), started by `npm start` where no
// Electron binary exists. Headed when a display exists, headless otherwise (or with --headless).
import { join } from 'node:path';
import { repoFlag } from '../../cli/args.js';
import { resolveRepoDir, userDataDir } from '../../paths.js';
import { ConfSettings } from '../../services/settings/confSettings.js';
import { FileSecrets, secretsFileName } from '../../services/secrets/secretStore.js';
import { LIBRARY_DRAWN_MARK } from '../../../shared/api/marks.js';
import { launchBrowserShell } from './browserShell.js';

const argv = process.argv.slice(2);
const dataDir = userDataDir();
const settings = new ConfSettings(dataDir);
const repoDir = resolveRepoDir(repoFlag(argv), process.env, settings.get().nextRepo);
const headless = argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);

const secrets = new FileSecrets(join(dataDir, secretsFileName('user-file')));
const shell = await launchBrowserShell({ repoDir, profileDir: join(dataDir, 'browser-profile'), settings, headless, secrets, dataDir });
console.log(`Ktav (browser shell) — repository: ${repoDir}${headless ? ' — headless' : ''}`);
if (argv.includes('--report-first-window')) {
  // For the first-window bench: when the window first showed the repository, as wall-clock time.
  const drawnAt = await shell.page.evaluate(async (mark) => {
    while (performance.getEntriesByName(mark).length === 0) await new Promise((r) => setTimeout(r, 5));
    return performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime;
  }, LIBRARY_DRAWN_MARK);
  console.log(`first window drawn at ${drawnAt.toFixed(1)}`);
}
const stop = () => void shell.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await shell.closed;
process.exit(0);
