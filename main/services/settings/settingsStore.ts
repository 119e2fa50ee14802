// The person's settings as services see them: a small interface, so the Electron shell backs it
// with electron-store, the browser shell with conf (confSettings.ts), the command line with what
// it reads from the same file (settingsFile.ts), and tests with memory.
import { DEFAULT_SAVING_POLICY, DEFAULT_UI_SETTINGS, savingPolicySchema, type SavingPolicy, type UiSettings } from '../../../shared/model/settings.js';

/** The person's settings; today exactly what the window may see and change. */
export type PersonSettings = UiSettings;

export interface SettingsStore {
  get(): PersonSettings;
  update(patch: Partial<PersonSettings>): PersonSettings;
  /** Where a damaged settings file was moved when this store opened (damagedSettings.ts), if it was. */
  readonly setAside?: string | null;
}

/**
 * The saving policy in effect. A settings file edited by hand or written by an older Ktav may
 * hold a partial or impossible policy: each field falls back to its default on its own.
 */
export function savingPolicyOf(s: Partial<PersonSettings>): SavingPolicy {
  const stored = (s.saving ?? {}) as Record<string, unknown>;
  const policy = { ...DEFAULT_SAVING_POLICY };
  for (const key of Object.keys(policy) as (keyof SavingPolicy)[]) {
    const candidate = { ...policy, [key]: stored[key] };
    if (savingPolicySchema.safeParse(candidate).success) Object.assign(policy, { [key]: stored[key] });
  }
  return policy;
}

export class MemorySettings implements SettingsStore {
  private value: PersonSettings;
  constructor(initial: Partial<PersonSettings> = {}) {
    this.value = { ...DEFAULT_UI_SETTINGS, ...initial };
  }
  get(): PersonSettings {
    return { ...this.value };
  }
  update(patch: Partial<PersonSettings>): PersonSettings {
    this.value = { ...this.value, ...patch };
    return this.get();
  }
}
