// Where Ktav keeps things on this computer. The same rules as Electron's `userData`, so the
// Electron shell, the browser shell and the command line all find the same repository.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Ktav';

export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KTAV_USER_DATA) return resolve(env.KTAV_USER_DATA);
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
  }
}

export function defaultRepoDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'repository');
}

/**
 * `--repo <dir>` wins, then `KTAV_REPO`, then the folder chosen in the settings screen, then the
 * default under the user's data folder.
 */
export function resolveRepoDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, chosen?: string | null): string {
  if (flag) return resolve(flag);
  if (env.KTAV_REPO) return resolve(env.KTAV_REPO);
  if (chosen) return resolve(chosen);
  return defaultRepoDir(env);
}
