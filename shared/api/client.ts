// `window.ktav`: the contract as the renderer sees it, one function per call grouped by
// namespace (`ktav.article.save({...})`), each resolving to an `Outcome`, plus `on` for events.
// Outcomes rather than rejections: Electron's contextBridge keeps only the message of an
// error, and a code the renderer cannot read is no code at all.
import type { CallArgs, CallName, CallResult, EventName, EventPayloads } from './contract.js';
import type { Outcome } from './errors.js';

type Namespace<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
type Method<N extends string, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

export type KtavApi = {
  [NS in Namespace<CallName>]: {
    [N in CallName as Method<N, NS>]: (args: CallArgs<N>) => Promise<Outcome<CallResult<N>>>;
  };
} & {
  /** Listens to an event from main; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

export type Invoke = (name: string, args: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: string, payload: unknown) => void) => void;

/**
 * Builds the `window.ktav` object from the call names. It must stay self-contained (no outer
 * references): the browser shell ships it into the page as source text.
 */
export function buildKtavApi(names: readonly string[], invoke: Invoke, subscribe: Subscribe): Record<string, unknown> {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const group = (api[ns] ??= {});
    group[method] = (args: unknown) => invoke(name, args ?? {});
  }
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  subscribe((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  });
  const on = (event: string, listener: (payload: unknown) => void) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  return Object.freeze({ ...api, on });
}
