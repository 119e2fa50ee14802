// The one entry point for calls from a window: look the call up in the contract, validate its
// arguments, run its handler, and put its result into words: every failure becomes
// `{ code, message }` in the person's language. Services throw KtavErrors and give Phrases;
// only here (and in `ktav`'s printing) do they become text. Both shells hand every call to a
// dispatcher; nothing reaches a service unvalidated.
import type { z } from 'zod';
import { calls, type CallName } from '../../shared/api/contract.js';
import { KtavError, type Outcome } from '../../shared/api/errors.js';
import { errorInWords, inWords, translate, type Unsaid } from '../../shared/i18n/translate.js';
import type { UiLanguage } from '../../shared/model/settings.js';

/** Handlers for a group of calls (one namespace's table in shared/api/calls); their texts may still be Phrases. */
export type HandlersOf<T extends Record<string, { args: z.ZodType; result: unknown }>> = {
  [N in keyof T]: (args: z.output<T[N]['args']>) => Promise<Unsaid<T[N]['result']>> | Unsaid<T[N]['result']>;
};

/** A handler for every call of the contract. */
export type Handlers = HandlersOf<typeof calls>;

export type Dispatch = (name: string, args: unknown) => Promise<Outcome<unknown>>;

export interface DispatcherOptions {
  language: () => UiLanguage;
  /** Where technical details of unexpected errors (and the exceptions behind coded ones) go; never to the window. */
  log?: (error: unknown, name: string) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (name, args) => {
    const lang = options.language();
    if (typeof name !== 'string' || !Object.hasOwn(calls, name)) {
      return { ok: false, error: { code: 'unknown-call', message: translate(lang, 'unknownCall', { name: String(name) }) } };
    }
    const callName = name as CallName;
    const parsed = calls[callName].args.safeParse(args);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'invalid-arguments', message: translate(lang, 'invalidArguments', { details }) } };
    }
    try {
      const handler = handlers[callName] as (a: unknown) => unknown;
      return { ok: true, value: inWords(await handler(parsed.data), lang, (failed) => options.log?.(failed, callName)) };
    } catch (error) {
      if (error instanceof KtavError) {
        // A remote that cannot be reached is the person's network, said to them; not a fault to log.
        if (error.cause !== undefined && error.code !== 'remote') options.log?.(error, callName);
        return { ok: false, error: errorInWords(error, lang) };
      }
      options.log?.(error, callName);
      return { ok: false, error: { code: 'internal', message: translate(lang, 'internal') } };
    }
  };
}
