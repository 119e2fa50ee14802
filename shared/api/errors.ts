// Errors that cross the process boundary: a stable code for programs and a message for people.

export const ERROR_CODES = [
  'invalid-arguments',
  'unknown-call',
  'forbidden',
  'not-found',
  'conflict',
  /** Changed blocks were sent against a revision the file is no longer at: send the whole text. */
  'stale-base',
  'invalid-document',
  'io',
  /** The search index is not built (its building was cancelled or failed). */
  'search-not-ready',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every call resolves to: a value, or an error the person can read. Never a stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class KtavError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'KtavError';
  }
}
