// A real repository on a temporary folder, opened with the real services, for tests.
import { createServices, type Services } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';

export async function openTestRepo(dir: string): Promise<Services> {
  return createServices(dir, new MemorySettings({ language: 'he' }));
}
