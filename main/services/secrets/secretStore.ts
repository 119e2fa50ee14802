// Passwords and tokens (the sharing remote's, a site's application password) kept apart from
// the settings and never in the repository. One small JSON file in the person's data folder,
// readable only by them (mode 0600); in Electron each value is also encrypted with the system's
// keychain through `safeStorage` (../../shells/electron/safeStorageSecrets.ts), in the browser
// shell and the command line it is kept as it is, which the README says.
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicWrite } from '../storage/atomicWrite.js';

/** How a value is kept in the file: as it is, or encrypted by the system. */
export interface SecretCodec {
  readonly kind: 'system-keychain' | 'user-file';
  encode(secret: string): string;
  decode(stored: string): string;
}

export interface SecretStore {
  readonly kind: SecretCodec['kind'];
  get(key: string): Promise<string | null>;
  set(key: string, secret: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export const PLAIN_CODEC: SecretCodec = { kind: 'user-file', encode: (s) => s, decode: (s) => s };

interface SecretsFileShape {
  format: 1;
  secrets: Record<string, string>;
}

export class FileSecrets implements SecretStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly codec: SecretCodec = PLAIN_CODEC,
  ) {}

  get kind(): SecretCodec['kind'] {
    return this.codec.kind;
  }

  async get(key: string): Promise<string | null> {
    const stored = (await this.read()).secrets[key];
    if (stored === undefined) return null;
    try {
      return this.codec.decode(stored);
    } catch {
      return null; // encrypted by another user's keychain, or damaged: asked for again
    }
  }

  set(key: string, secret: string): Promise<void> {
    return this.change((all) => {
      all[key] = this.codec.encode(secret);
    });
  }

  delete(key: string): Promise<void> {
    return this.change((all) => {
      delete all[key];
    });
  }

  /** Changes run one after another, so two saves never drop each other's secret. */
  private change(edit: (all: Record<string, string>) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const file = await this.read();
      edit(file.secrets);
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      await atomicWrite(this.path, `${JSON.stringify(file, null, 1)}\n`, undefined, 0o600);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<SecretsFileShape> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return { format: 1, secrets: {} };
    }
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFileShape>;
      if (parsed && typeof parsed.secrets === 'object' && parsed.secrets !== null) {
        const secrets = Object.fromEntries(Object.entries(parsed.secrets).filter(([, v]) => typeof v === 'string'));
        return { format: 1, secrets };
      }
    } catch {
      // fall through: damaged
    }
    // A damaged file is set aside, not overwritten: a person may still want what was in it.
    await rename(this.path, `${this.path}.damaged-${Date.now()}`).catch(() => undefined);
    return { format: 1, secrets: {} };
  }
}

/** Where the secrets file lives in the person's data folder. */
export function secretsFileName(kind: SecretCodec['kind']): string {
  return kind === 'system-keychain' ? 'secrets.keychain.json' : 'secrets.json';
}

/** The key a repository's sharing secret is kept under: one per repository folder. */
export function syncSecretKey(repoRoot: string): string {
  return `sync:${repoRoot}`;
}

/** Secrets held in memory only: tests, and services built without a person's data folder. */
export class MemorySecrets implements SecretStore {
  readonly kind = 'user-file' as const;
  private readonly values = new Map<string, string>();
  get(key: string): Promise<string | null> {
    return Promise.resolve(this.values.get(key) ?? null);
  }
  set(key: string, secret: string): Promise<void> {
    this.values.set(key, secret);
    return Promise.resolve();
  }
  delete(key: string): Promise<void> {
    this.values.delete(key);
    return Promise.resolve();
  }
}
