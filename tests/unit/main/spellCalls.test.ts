// The editor's spelling calls through the contract: a batch of lookups answers which are
// misspelled, suggestions supersede one another, a word added reaches dictionary.txt and is then
// accepted with its prefixes, bad input is refused, and the words ignored in an article are its
// metadata (kept by a save, merged as a set by a sync).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDispatcherRig } from '../../support/dispatcherRig.js';
import { mergeMeta } from '../../../main/services/sync/mergeMeta.js';
import type { ArticleFile } from '../../../shared/model/article.js';

describe('the spelling calls', () => {
  const rig = useDispatcherRig();
  const value = async <T>(name: string, args: unknown): Promise<T> => {
    const out = await rig.dispatch(name, args);
    if (!out.ok) throw new Error(out.error.message);
    return out.value as T;
  };

  it('answers which lookups of a batch are misspelled, Hebrew and English', async () => {
    const lookups = [
      { key: 'אתמל', lang: 'he' },
      { key: 'אתמול', lang: 'he' },
      { key: 'צה"ל', lang: 'he' },
      { key: 'ובירושלים', lang: 'he' },
      { key: 'goverment', lang: 'en' },
      { key: 'government', lang: 'en' },
    ];
    expect(await value('spell.check', { lookups })).toEqual([0, 4]);
    expect(await value('spell.check', { lookups: [] })).toEqual([]);
  });

  it('suggests, and a newer request takes the place of one still waiting', async () => {
    expect(await value<string[]>('spell.suggest', { key: 'אתמל', lang: 'he', limit: 3 })).toContain('אתמול');
    // Three at once: the first runs, the second waits and is superseded by the third.
    const [a, b, c] = await Promise.all([
      value('spell.suggest', { key: 'התקציבב', lang: 'he' }),
      value('spell.suggest', { key: 'המועצצה', lang: 'he' }),
      value<string[]>('spell.suggest', { key: 'goverment', lang: 'en' }),
    ]);
    expect(a).toContain('התקציב');
    expect(b).toBeNull();
    expect(c).toContain('government');
    // Cancelled while waiting behind a running one: null.
    const running = value('spell.suggest', { key: 'אתמל', lang: 'he' });
    const waiting = value('spell.suggest', { key: 'המועצצה', lang: 'he' });
    await value('spell.cancelSuggest', {});
    expect(await waiting).toBeNull();
    expect(await running).toContain('אתמול');
  });

  it('adds a word to dictionary.txt, accepted from then on with its prefixes', async () => {
    const lookups = ['זלנסקי', 'וזלנסקי', 'לזלנסקי', 'הזלנסקי'].map((key) => ({ key, lang: 'he' }));
    expect(await value('spell.check', { lookups })).toEqual([0, 1, 2, 3]);
    expect(await value('spell.addWord', { word: 'זלנסקי', model: 'ירושלים' })).toEqual({ added: true });
    expect(await value('spell.addWord', { word: 'זלנסקי' })).toEqual({ added: false });
    expect(await readFile(join(rig.repo, 'dictionary.txt'), 'utf8')).toBe('זלנסקי ירושלים\n');
    // A place name's prefixes, never the article ה.
    expect(await value('spell.check', { lookups })).toEqual([3]);
    expect(await value('spell.addWord', { word: 'קורונה' })).toEqual({ added: true });
    expect(await value('spell.check', { lookups: ['קורונה', 'והקורונה', 'בקורונה'].map((key) => ({ key, lang: 'he' })) })).toEqual([]);
  });

  it('refuses two words, an empty word, an unknown language and too long a batch', async () => {
    for (const [name, args] of [
      ['spell.addWord', { word: 'שתי מילים' }],
      ['spell.addWord', { word: '  ' }],
      ['spell.check', { lookups: [{ key: 'word', lang: 'fr' }] }],
      ['spell.check', { lookups: Array.from({ length: 5001 }, () => ({ key: 'a', lang: 'en' })) }],
      ['spell.suggest', { key: '', lang: 'he' }],
    ] as const) {
      const out = await rig.dispatch(name, args);
      expect(out.ok, name).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('invalid-arguments');
    }
  });

  it('keeps the words ignored in an article in its metadata, through a save of its text', async () => {
    const created = await value<ArticleFile>('article.create', {});
    const set = await value<ArticleFile>('article.setMeta', { id: created.id, baseRevision: created.revision, patch: { spellingIgnored: ['אגרוסנס', 'Agrosense'] } });
    expect(set.meta.spellingIgnored).toEqual(['אגרוסנס', 'Agrosense']);
    await value('article.save', { id: created.id, baseRevision: set.revision, doc: created.doc });
    const again = await value<ArticleFile>('article.get', { id: created.id });
    expect(again.meta.spellingIgnored).toEqual(['אגרוסנס', 'Agrosense']);
  });
});

describe('the words ignored in an article, merged by a sync', () => {
  const meta = (spellingIgnored?: string[]): ArticleFile['meta'] => ({
    slug: 's',
    section: '',
    tags: [],
    authors: [],
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    targetWords: null,
    related: [],
    ...(spellingIgnored ? { spellingIgnored } : {}),
  });

  it('are a set: what either side added, less what either removed', () => {
    expect(mergeMeta(meta(['א']), meta(['א', 'ב']), meta(['א', 'ג'])).meta.spellingIgnored).toEqual(['א', 'ב', 'ג']);
    expect(mergeMeta(meta(['א', 'ב']), meta(['ב']), meta(['א', 'ב'])).meta.spellingIgnored).toEqual(['ב']);
    expect(mergeMeta(null, meta(), meta(['ג'])).meta.spellingIgnored).toEqual(['ג']);
    expect(mergeMeta(null, meta(), meta()).meta).not.toHaveProperty('spellingIgnored');
  });
});
