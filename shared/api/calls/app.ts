// Calls about the running app and the person's settings.
import { call, noArgs } from '../define.js';
import { uiSettingsPatchSchema, type AppInfo, type UiSettings } from '../../model/settings.js';

export const appCalls = {
  'app.info': call<AppInfo>()(noArgs),
  'settings.get': call<UiSettings>()(noArgs),
  'settings.set': call<UiSettings>()(uiSettingsPatchSchema),
} as const;
