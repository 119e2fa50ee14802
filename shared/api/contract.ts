// The one table of calls between the renderer and main: name, argument schema (checked at
// runtime on the main side) and result type. The preload, the browser shell's bridge, the
// dispatcher and the renderer's typed `window.ktav` are all derived from this table.
// Each namespace declares its calls in `calls/<namespace>.ts`; this file joins them.
import type { z } from 'zod';
import { appCalls } from './calls/app.js';
import { articleCalls } from './calls/article.js';
import { mediaCalls } from './calls/media.js';
import { houseStyleCalls } from './calls/houseStyle.js';
import { repositoryCalls } from './calls/repository.js';
import { exportCalls } from './calls/export.js';
import { syncCalls } from './calls/sync.js';
import { publishCalls } from './calls/publish.js';
import { spellCalls } from './calls/spell.js';

export const calls = {
  ...appCalls,
  ...articleCalls,
  ...mediaCalls,
  ...houseStyleCalls,
  ...repositoryCalls,
  ...exportCalls,
  ...syncCalls,
  ...publishCalls,
  ...spellCalls,
} as const;

/** Events main sends to the renderer, with their payloads. */
export interface EventPayloads {
  /** A menu item or accelerator of the native menu was chosen. */
  'menu.command': { command: MenuCommand };
  /** The sync's state changed: ask `sync.status`. */
  'sync.status': Record<string, never>;
  /** A sync brought changes to these articles and pictures. */
  'repository.changed': { articles: string[]; pictures: string[] };
  /** The outbox changed (an item queued, tried, sent or cancelled): ask `publish.outbox`. */
  'publish.outbox': Record<string, never>;
}

export const MENU_COMMANDS = ['article.new', 'article.import', 'article.export', 'view.library'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type CallName = keyof typeof calls;
export type EventName = keyof EventPayloads;
export type CallArgs<N extends CallName> = z.input<(typeof calls)[N]['args']>;
export type CallResult<N extends CallName> = (typeof calls)[N]['result'];

export const CALL_NAMES = Object.keys(calls) as CallName[];
