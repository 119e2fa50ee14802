// The house style travels through the contract into ktav.json and back, and bad input changes nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../main/api/dispatcher.js';
import { createHandlers } from '../../../main/api/handlers.js';
import { createServices, type Services } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/hebrew/houseStyle.js';
import { makeTempDir } from '../../support/tempDir.js';

describe('the house style calls', () => {
  let services: Services;
  let dispatch: Dispatch;
  let cleanup: () => Promise<void>;
  let repo: string;

  beforeEach(async () => {
    const tmp = await makeTempDir();
    cleanup = tmp.cleanup;
    repo = join(tmp.dir, 'repo');
    services = await createServices(repo, new MemorySettings());
    dispatch = createDispatcher(createHandlers(services, { shell: 'browser', version: 'test' }), { language: () => 'he' });
  });
  afterEach(async () => {
    await services.close();
    await cleanup();
  });

  it('gives the defaults for a new repository', async () => {
    expect(await dispatch('houseStyle.get', {})).toEqual({ ok: true, value: DEFAULT_HOUSE_STYLE });
  });

  it('stores a change in ktav.json, keeping the repository id, and reads it back', async () => {
    const before = JSON.parse(await readFile(join(repo, 'ktav.json'), 'utf8')) as { id: string };
    const out = await dispatch('houseStyle.set', { joiner: 'hyphen', rules: { dash: 'off' } });
    expect(out.ok).toBe(true);
    const stored = JSON.parse(await readFile(join(repo, 'ktav.json'), 'utf8')) as { id: string; houseStyle: { joiner: string; rules: { dash: string } } };
    expect(stored.id).toBe(before.id);
    expect(stored.houseStyle.joiner).toBe('hyphen');
    expect(stored.houseStyle.rules.dash).toBe('off');
    const again = await createServices(repo, new MemorySettings());
    expect((await again.houseStyle.get()).joiner).toBe('hyphen');
    await again.close();
  });

  it('refuses an unknown rule or severity with a Hebrew message and leaves ktav.json as it was', async () => {
    const before = await readFile(join(repo, 'ktav.json'), 'utf8');
    const out = await dispatch('houseStyle.set', { rules: { gershayim: 'sometimes' } });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toMatch(/הבקשה נדחתה/);
    const unknown = await dispatch('houseStyle.set', { rules: { shouting: 'error' } });
    expect(unknown.ok).toBe(false);
    expect(await readFile(join(repo, 'ktav.json'), 'utf8')).toBe(before);
  });
});
