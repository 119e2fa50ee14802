// Errors that cross the process boundary: a stable code for programs and a message for people.
// Services throw a KtavError naming a message of shared/i18n (never text of their own, never
// an exception's text); the dispatcher, and `ktav`, put it into the person's language.
import type { MessageKey, MessageParams } from '../i18n/translate.js';

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
  /** The shared remote cannot be reached, refused the credentials, or holds no Ktav repository. */
  'remote',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure as the person reads it. Calls fail with one; a batch whose items can fail one by one
 * (importing many files) gives each failed item one as its `error`, built the same way.
 */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every call resolves to: a value, or an error the person can read. Never a stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type { MessageKey, MessageParams };

/** The keys of one namespace of the tables (`export`), without its prefix. */
export type KeyOf<NS extends string> = MessageKey extends infer K ? (K extends `${NS}:${infer Key}` ? Key : never) : never;

/** Text for a person not yet in words: a message of shared/i18n and its parameters. */
export class Phrase {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {}
}

/**
 * Thrown by services (or given as a failed item's `error`); the dispatcher turns it into
 * `{ code, message }` in the person's language. `cause` is the exception behind it, for the log
 * only; `detail` is data for programs (a conflict copy's path), never shown as text.
 */
export class KtavError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    options: { cause?: unknown; detail?: unknown } = {},
  ) {
    super(`${code}: ${key} ${JSON.stringify(params)}`, { cause: options.cause });
    this.name = 'KtavError';
    this.detail = options.detail;
  }

  readonly detail: unknown;
}

/** A value whose texts may still be Phrases (and whose `{ code, message }` failures KtavErrors). */
export type Unsaid<T> = T extends string
  ? string extends T
    ? T | Phrase
    : T
  : T extends readonly (infer U)[]
    ? readonly Unsaid<U>[]
    : T extends object
      ? { [K in keyof T]: Unsaid<T[K]> }
      : T;
