// Repositories for the sync tests: `ktav` run on one as a person runs it, its services opened
// for a moment, and an article's body paragraphs read from the file on disk.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, type Services } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { BODY_START } from '../../shared/editor/document.js';

/** The `ktav` launcher of this checkout. */
export const KTAV_LAUNCHER = join(import.meta.dirname, '..', '..', 'main', 'cli', 'ktav.mjs');

/** The user data folder beside the repository, so each repository has its own settings. */
export const ktavEnv = (repo: string, env: Record<string, string> = {}) => ({ ...process.env, KTAV_USER_DATA: join(repo, '..', 'user-data'), ...env });

/** `ktav <args> --repo <repo>` in a real process. */
export function ktavIn(repo: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [KTAV_LAUNCHER, ...args, '--repo', repo], { encoding: 'utf8', env: ktavEnv(repo, env), timeout: 60_000 });
}

/** Opens the repository's services, runs `work`, closes them. */
export async function withRepo<T>(repo: string, work: (s: Services) => Promise<T>): Promise<T> {
  const s = await createServices(repo, new MemorySettings());
  try {
    return await work(s);
  } finally {
    await s.close();
  }
}

type StoredBlock = { content?: { text: string }[] };

/** The text of each body block of a stored document. */
export const bodyTexts = (doc: { content: unknown[] }): string[] =>
  (doc.content as StoredBlock[]).slice(BODY_START).map((b) => b.content?.map((t) => t.text).join('') ?? '');

/** The text of each body paragraph of an article, as its file on disk has it. */
export const bodyOf = (repo: string, id: string): string[] =>
  bodyTexts((JSON.parse(readFileSync(join(repo, 'articles', `${id}.json`), 'utf8')) as { doc: { content: unknown[] } }).doc);
