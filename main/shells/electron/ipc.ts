// The IPC side of the contract: one channel for calls, checked for its sender, and one for events.
import { ipcMain, type WebContents } from 'electron';
import type { EventName, EventPayloads } from '../../../shared/api/contract.js';
import { translate } from '../../../shared/i18n/translate.js';
import type { UiLanguage } from '../../../shared/model/settings.js';
import type { Dispatch } from '../../api/dispatcher.js';
import { isAppFrame } from './senderCheck.js';

export const INVOKE_CHANNEL = 'ktav:invoke';
export const EVENT_CHANNEL = 'ktav:event';

export function handleCalls(dispatch: Dispatch, language: () => UiLanguage): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, args: unknown) => {
    // Only our own page, in its top frame, may call: not an iframe, not a page navigated elsewhere.
    if (!isAppFrame(event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden', message: translate(language(), 'forbidden') } };
    }
    return dispatch(String(name), args);
  });
}

export function emit<E extends EventName>(contents: WebContents, event: E, payload: EventPayloads[E]): void {
  contents.send(EVENT_CHANNEL, event, payload);
}
