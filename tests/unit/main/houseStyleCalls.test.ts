// The house style travels through the contract into ktav.json and back, and bad input changes nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDispatcherRig } from '../../support/dispatcherRig.js';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/hebrew/houseStyle.js';

describe('the house style calls', () => {
  const rig = useDispatcherRig();

  it('gives the defaults for a new repository', async () => {
    expect(await rig.dispatch('houseStyle.get', {})).toEqual({ ok: true, value: DEFAULT_HOUSE_STYLE });
  });

  it('stores a change in ktav.json, keeping the repository id, and reads it back', async () => {
    const before = JSON.parse(await readFile(join(rig.repo, 'ktav.json'), 'utf8')) as { id: string };
    const out = await rig.dispatch('houseStyle.set', { joiner: 'hyphen', rules: { dash: 'off' } });
    expect(out.ok).toBe(true);
    const stored = JSON.parse(await readFile(join(rig.repo, 'ktav.json'), 'utf8')) as { id: string; houseStyle: { joiner: string; rules: { dash: string } } };
    expect(stored.id).toBe(before.id);
    expect(stored.houseStyle.joiner).toBe('hyphen');
    expect(stored.houseStyle.rules.dash).toBe('off');
    const again = await createServices(rig.repo, new MemorySettings());
    expect((await again.houseStyle.get()).joiner).toBe('hyphen');
    await again.close();
  });

  it('refuses an unknown rule or severity with a Hebrew message and leaves ktav.json as it was', async () => {
    const before = await readFile(join(rig.repo, 'ktav.json'), 'utf8');
    const out = await rig.dispatch('houseStyle.set', { rules: { gershayim: 'sometimes' } });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toMatch(/הבקשה נדחתה/);
    const unknown = await rig.dispatch('houseStyle.set', { rules: { shouting: 'error' } });
    expect(unknown.ok).toBe(false);
    expect(await readFile(join(rig.repo, 'ktav.json'), 'utf8')).toBe(before);
  });
});
