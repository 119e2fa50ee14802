// The messages main and `ktav` show to people, put into words by one i18next instance with the
// tables of this folder as its resources: `common` (./messages.ts, the default), `media`,
// `export` and `publish`. Services never call this: they throw a KtavError or return a Phrase (a key and its
// parameters), and the dispatcher or the command line says it in the person's language.
import i18next from 'i18next';
import { KtavError, Phrase, type ApiError, type Unsaid } from '../api/errors.js';
import type { UiLanguage } from '../model/settings.js';
import * as common from './messages.js';
import * as media from './mediaMessages.js';
import * as exportTexts from './exportMessages.js';
import * as publishTexts from './publishMessages.js';

export type { Unsaid };

export type MessageKey =
  | common.MessageKey
  | `media:${media.MediaMessageKey}`
  | `export:${exportTexts.ExportMessageKey}`
  | `export:blockKinds.${string}`
  | `publish:${publishTexts.PublishMessageKey}`;

/** What fills a message's `{{name}}` placeholders: a value, or another message (a reason). */
export type MessageParams = Record<string, string | number | { key: MessageKey; params?: MessageParams }>;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'he',
  fallbackLng: 'he',
  ns: ['common', 'media', 'export', 'publish'],
  defaultNS: 'common',
  resources: {
    he: { common: common.he, media: media.he, export: { ...exportTexts.he, blockKinds: exportTexts.BLOCK_KINDS.he }, publish: publishTexts.he },
    en: { common: common.en, media: media.en, export: { ...exportTexts.en, blockKinds: exportTexts.BLOCK_KINDS.en }, publish: publishTexts.en },
  },
  // These go to text nodes and the terminal, never into HTML as markup.
  interpolation: { escapeValue: false },
});

const t = i18n.t.bind(i18n) as (key: string, options: Record<string, unknown>) => string;

/** A message in the given language, its placeholders filled (nested messages first). */
export function translate(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) filled[name] = typeof value === 'object' ? translate(lang, value.key, value.params) : value;
  return t(key, { ...filled, lng: lang });
}

/** A coded error as the person reads it. */
export function errorInWords(error: KtavError, lang: UiLanguage): ApiError {
  return { code: error.code, message: translate(lang, error.key, error.params) };
}

/**
 * A value as services give it, in words: every Phrase becomes its text and every KtavError
 * (a per-item failure in a batch) its `{ code, message }`; `failed` hears of each such error
 * that has an exception behind it, for the log. Parts without either are returned as they
 * are, not copied, so a large document passes through cheaply.
 */
export function inWords<T>(value: Unsaid<T>, lang: UiLanguage, failed?: (error: KtavError) => void): T {
  return said(value, lang, failed) as T;
}

function said(value: unknown, lang: UiLanguage, failed?: (error: KtavError) => void): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Phrase) return translate(lang, value.key, value.params);
  if (value instanceof KtavError) {
    if (value.cause !== undefined) failed?.(value);
    return errorInWords(value, lang);
  }
  // Only objects can hold a Phrase, so plain values are passed over without a call: a list of
  // 10,000 articles is walked in under a millisecond, a tenth of what serializing it costs.
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      const next = said(item, lang, failed);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const k in record) {
    const item = record[k];
    if (typeof item !== 'object' || item === null) continue;
    const next = said(item, lang, failed);
    if (next !== item) (out ??= { ...record })[k] = next;
  }
  return out ?? value;
}
