// The renderer's one way to main: `window.ktav`, typed from the contract in shared/api.
import type { KtavApi } from '../../shared/api/client';
import type { ApiError, Outcome } from '../../shared/api/errors';

declare global {
  interface Window {
    ktav: KtavApi;
  }
}

export const ktav: KtavApi = window.ktav;

/** An error a call returned, thrown so a screen can catch it and show the message. */
export class CallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CallFailed(outcome.error);
  return outcome.value;
}
