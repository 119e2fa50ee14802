// A running Ktav for an end-to-end test: the real browser shell on a temporary repository,
// startable and restartable like the app a person opens and closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowserShell, type BrowserShell } from '../../main/shells/browser/browserShell.js';
import { ConfSettings } from '../../main/services/settings/confSettings.js';
import { FileSecrets } from '../../main/services/secrets/secretStore.js';

export class KtavApp {
  shell: BrowserShell | null = null;

  private constructor(
    readonly root: string,
    readonly repoDir: string,
  ) {}

  static async create(): Promise<KtavApp> {
    const root = await mkdtemp(join(tmpdir(), 'ktav-e2e-'));
    return new KtavApp(root, join(root, 'repository'));
  }

  get page(): Page {
    if (!this.shell) throw new Error('Ktav is not running');
    return this.shell.page;
  }

  async start(): Promise<Page> {
    this.shell = await launchBrowserShell({
      repoDir: this.repoDir,
      profileDir: join(this.root, 'profile'),
      settings: new ConfSettings(join(this.root, 'user-data')),
      headless: !process.env.KTAV_HEADED,
      secrets: new FileSecrets(join(this.root, 'user-data', 'secrets.json')),
    });
    return this.shell.page;
  }

  /** Closes the window as a person would, waiting for main to finish writing. */
  async stop(): Promise<void> {
    await this.shell?.close();
    this.shell = null;
  }

  async restart(): Promise<Page> {
    await this.stop();
    return this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.root, { recursive: true, force: true });
  }
}
