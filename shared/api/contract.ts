// The one table of calls between the renderer and main: name, argument schema (checked at
// runtime on the main side) and result type. The preload, the browser shell's bridge, the
// dispatcher and the renderer's typed `window.ktav` are all derived from this file.
import { z } from 'zod';
import { articleIdSchema, docJSONSchema, type ArticleFile, type ArticleSummary } from '../model/article.js';
import { UI_LANGUAGES, type UiSettings, type AppInfo } from '../model/settings.js';

/** A call's declaration. `result` exists only for its type. */
interface CallSpec<A extends z.ZodType, R> {
  args: A;
  result: R;
}

function call<R>() {
  return <A extends z.ZodType>(args: A): CallSpec<A, R> => ({ args, result: undefined as R });
}

const none = z.object({}).strict();

export const calls = {
  'app.info': call<AppInfo>()(none),

  'settings.get': call<UiSettings>()(none),
  'settings.set': call<UiSettings>()(
    z.object({ language: z.enum(UI_LANGUAGES).optional() }).strict(),
  ),

  'article.list': call<ArticleSummary[]>()(none),
  'article.create': call<ArticleFile>()(none),
  'article.get': call<ArticleFile>()(z.object({ id: articleIdSchema }).strict()),
  'article.save': call<{ revision: number; updatedAt: string }>()(
    z.object({ id: articleIdSchema, baseRevision: z.number().int().nonnegative(), doc: docJSONSchema }).strict(),
  ),
  'article.exportHtml': call<{ path: string }>()(z.object({ id: articleIdSchema }).strict()),
} as const;

/** Events main sends to the renderer, with their payloads. */
export interface EventPayloads {
  /** A menu item or accelerator of the native menu was chosen. */
  'menu.command': { command: MenuCommand };
}

export const MENU_COMMANDS = ['article.new', 'article.export', 'view.library'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type CallName = keyof typeof calls;
export type EventName = keyof EventPayloads;
export type CallArgs<N extends CallName> = z.input<(typeof calls)[N]['args']>;
export type CallResult<N extends CallName> = (typeof calls)[N]['result'];

export const CALL_NAMES = Object.keys(calls) as CallName[];
