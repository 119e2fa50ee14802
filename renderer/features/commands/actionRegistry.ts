// Every action a person can take, by name: the command palette lists them, the shortcuts sheet
// shows their keys, and the window-level keys run the global ones. Screens register their
// actions while they are shown (the editor's only while an article is open).
import { useEffect, useSyncExternalStore } from 'react';

export interface Action {
  /** Stable id, e.g. `article.new`. */
  id: string;
  /** i18n key of its name; the palette matches both the Hebrew and the English name. */
  title: string;
  /** A name that is already text (an article's headline), shown as is in both languages. */
  label?: string;
  /** i18n key of its group in the palette and the shortcuts sheet. */
  group: string;
  /** Shortcut in ProseMirror notation (`Mod-Shift-p`, `F1`), or a display text for keys handled elsewhere. */
  keys?: string;
  /** More keys that run it at window level (the palette answers both Ctrl+K and Ctrl+Shift+P). */
  moreKeys?: string[];
  /** Run its keys at window level (otherwise they are handled where they belong, e.g. the editor). */
  global?: boolean;
  run: () => void;
}

type Listener = () => void;

class ActionRegistry {
  private readonly sets = new Map<symbol, Action[]>();
  private readonly listeners = new Set<Listener>();
  private snapshot: Action[] = [];

  register(actions: Action[]): () => void {
    const token = Symbol('actions');
    this.sets.set(token, actions);
    this.changed();
    return () => {
      this.sets.delete(token);
      this.changed();
    };
  }

  all(): Action[] {
    return this.snapshot;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    const byId = new Map<string, Action>();
    for (const list of this.sets.values()) for (const a of list) byId.set(a.id, a); // later registrations win
    this.snapshot = [...byId.values()];
    for (const l of this.listeners) l();
  }
}

export const actionRegistry = new ActionRegistry();

/** Registers `actions` while the calling component is mounted; re-registers when `deps` change. */
export function useActions(build: () => Action[], deps: readonly unknown[]): void {
  useEffect(() => actionRegistry.register(build()), deps);
}

export function useAllActions(): Action[] {
  return useSyncExternalStore(actionRegistry.subscribe, () => actionRegistry.all());
}
