// The renderer's one way to main: `window.ktav`, typed from the contract in shared/api.
// Every call answers an outcome; a failed one is always shown to the person, either by its
// caller (catching `unwrap`'s CallFailed and showing the message) or by `shown`, which puts the
// message in the window's error banner. An `unwrap` nobody catches reaches the banner too
// (see `showUncaughtFailures`).
import type { KtavApi } from '../../shared/api/client';
import type { ApiError, Outcome } from '../../shared/api/errors';
import { showFailure } from './failures';

declare global {
  interface Window {
    ktav: KtavApi;
  }
}

export const ktav: KtavApi = window.ktav;

/** An error a call returned, thrown so a screen can catch it and show the message. */
class CallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CallFailed(outcome.error);
  return outcome.value;
}

/** The call's value, or `undefined` once its failure is shown in the window's error banner. */
export function shown<T>(outcome: Outcome<T>): T | undefined {
  if (!outcome.ok) {
    showFailure(outcome.error.message);
    return undefined;
  }
  return outcome.value;
}

/** A failed call thrown by `unwrap` and never caught is shown like any other failure. */
export function showUncaughtFailures(): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!(event.reason instanceof CallFailed)) return;
    event.preventDefault();
    showFailure(event.reason.message);
  };
  window.addEventListener('unhandledrejection', onRejection);
  return () => window.removeEventListener('unhandledrejection', onRejection);
}
