// Calls about the running app and the person's settings.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import { UI_LANGUAGES, type AppInfo, type UiSettings } from '../../model/settings.js';

export const appCalls = {
  'app.info': call<AppInfo>()(noArgs),
  'settings.get': call<UiSettings>()(noArgs),
  'settings.set': call<UiSettings>()(z.object({ language: z.enum(UI_LANGUAGES).optional() }).strict()),
} as const;
