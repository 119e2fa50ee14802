import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexForms, normalizeTerm, tokenize } from '../../../main/services/search/hebrewTerms.js';
import { articleDoc, para } from '../../support/docs.js';
import { openTestRepo } from '../../support/repo.js';
import { withTempDir } from '../../support/tempDir.js';
import type { Services } from '../../../main/services/services.js';

describe('Hebrew terms', () => {
  it('removes niqqud, folds final letters and drops the quotes of abbreviations', () => {
    expect(normalizeTerm('שָׁלוֹם')).toBe(normalizeTerm('שלום'));
    expect(normalizeTerm('שלום')).toBe('שלומ');
    expect(normalizeTerm('צה"ל')).toBe(normalizeTerm('צה״ל'));
    expect(normalizeTerm('Google')).toBe('google');
  });

  it('indexes a word with its prefixes stripped, but never below a three-letter stem', () => {
    expect(indexForms('ובירושלים')).toEqual(['ובירושלימ', 'בירושלימ', 'ירושלימ']);
    expect(indexForms('בית')).toEqual(['בית']);
    expect(indexForms('משפט')).toEqual(['משפט', 'שפט']);
    // ו is a prefix only at the start: in שוק the ו belongs to the word.
    expect(indexForms('הוועדה')).toEqual(['הוועדה', 'וועדה']);
  });

  it('tokenizes Hebrew abbreviations as one word', () => {
    expect(tokenize('דובר צה"ל, אמר: "כן".')).toEqual(['דובר', 'צה"ל', 'אמר', 'כן']);
  });
});

async function withRepo(articles: [string, string, string[]?][], fn: (s: Services, ids: string[]) => Promise<void>) {
  await withTempDir(async (dir) => {
    const s = await openTestRepo(dir);
    const ids: string[] = [];
    for (const [headline, body, tags] of articles) {
      const a = await s.articles.create();
      const r = await s.articles.save(a.id, 0, articleDoc(headline, [para(body)]));
      if (tags) await s.articles.setMeta(a.id, r.revision, { tags });
      ids.push(a.id);
    }
    await fn(s, ids);
    await s.close();
  });
}

const CORPUS: [string, string, string[]?][] = [
  ['הפגנה במרכז העיר', 'אלפים הפגינו אתמול ובירושלים נחסמו כבישים.'],
  ['בית המשפט העליון', 'השופטים דנו במשפט הארוך של השנה.'],
  ['שָׁלוֹם עַכְשָׁיו', 'תנועת השלום קיימה כנס.'],
  ['פרויקט חדש', 'החברה Google הודיעה על מרכז מחקר.', ['טכנולוגיה']],
];

describe('search', () => {
  it('finds ירושלים in ובירושלים and highlights the word in a snippet', async () => {
    await withRepo(CORPUS, async (s, ids) => {
      const results = await s.search.search('ירושלים');
      expect(results.map((r) => r.id)).toEqual([ids[0]]);
      expect(results[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['ובירושלים']);
    });
  });

  it('ignores niqqud in the text and in the query, and folds final letters', async () => {
    await withRepo(CORPUS, async (s, ids) => {
      expect((await s.search.search('שלום')).map((r) => r.id)).toContain(ids[2]);
      expect((await s.search.search('עַכְשָׁיו')).map((r) => r.id)).toEqual([ids[2]]);
      // The ם of שלום folds, so the stripped form of השלום matches too.
      expect((await s.search.search('שלומ')).map((r) => r.id)).toContain(ids[2]);
    });
  });

  it('does not mangle real stems: משפט finds only the article with משפט, and מרכז is found whole', async () => {
    await withRepo(CORPUS, async (s, ids) => {
      const results = await s.search.search('משפט');
      expect(results.map((r) => r.id)).toEqual([ids[1]]);
      // מרכז starts with a prefix letter but is found whole, in the article that has it and in במרכז.
      expect((await s.search.search('מרכז')).map((r) => r.id).sort()).toEqual([ids[0], ids[3]].sort());
    });
  });

  it('two words must both match; tags and English words are searchable', async () => {
    await withRepo(CORPUS, async (s, ids) => {
      expect((await s.search.search('מרכז מחקר')).map((r) => r.id)).toEqual([ids[3]]);
      expect((await s.search.search('טכנולוגיה')).map((r) => r.id)).toEqual([ids[3]]);
      expect((await s.search.search('google')).map((r) => r.id)).toEqual([ids[3]]);
    });
  });

  it('follows saves and deletions, and the persisted index is reused and repaired on the next start', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const r = await s.articles.save(a.id, 0, articleDoc('חדשות', [para('מילה ראשונה')]));
      expect(await s.search.search('ראשונה')).toHaveLength(1);
      await s.articles.save(a.id, r.revision, articleDoc('חדשות', [para('מילה שנייה')]));
      expect(await s.search.search('ראשונה')).toHaveLength(0);
      expect(await s.search.search('שנייה')).toHaveLength(1);
      const b = await s.articles.create();
      await s.articles.save(b.id, 0, articleDoc('למחיקה', [para('זמני')]));
      await s.articles.trash(b.id);
      expect(await s.search.search('זמני')).toHaveLength(0);
      await s.close();

      const again = await openTestRepo(dir);
      expect(await again.search.ready).toMatchObject({ loaded: true, reindexed: 0 });
      expect(await again.search.search('שנייה')).toHaveLength(1);
      await again.close();

      await writeFile(join(dir, 'search-index.json'), '{"format":1,"sta');
      const repaired = await openTestRepo(dir);
      expect(await repaired.search.ready).toMatchObject({ loaded: false, reindexed: 1 });
      expect(await repaired.search.search('שנייה')).toHaveLength(1);
      await repaired.close();
    });
  });
});

describe('a prefixed query, stripped where the dictionary says it is prefixed', () => {
  const CITIES: [string, string][] = [
    ['דוח על הערים', 'הערים הגדולות גדלו השנה.'],
    ['תחבורה', 'בערים הקטנות אין רכבת.'],
    ['תכנון', 'ערים חכמות מתכננות מראש.'],
    ['מקומי', 'ובערים שבצפון נפתחו ספריות.'],
    ['עצמאות', 'העם שפט את מנהיגיו.'],
    ['חדשות', 'המשפט נמשך שנה.'],
  ];

  it('ובערים finds הערים, בערים and ערים, the typed form first', async () => {
    await withRepo(CITIES, async (s, ids) => {
      const results = (await s.search.search('ובערים')).map((r) => r.id);
      expect(results[0]).toBe(ids[3]);
      expect(results.slice(1).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
      // The snippet marks the word as the article has it.
      const hit = (await s.search.search('ובערים')).find((r) => r.id === ids[0])!;
      expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['הערים']);
    });
  });

  it('משפט is a word, not מ + שפט: it finds משפט and never שפט', async () => {
    await withRepo(CITIES, async (s, ids) => {
      expect((await s.search.search('משפט')).map((r) => r.id)).toEqual([ids[5]]);
      // The stripped forms are per word: two words must still both match.
      expect((await s.search.search('ובערים הקטנות')).map((r) => r.id)).toEqual([ids[1]]);
    });
  });

  it('ktav search strips a query the same way', async () => {
    await withRepo(CITIES, async (s, ids) => {
      await s.close();
      const KTAV = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'ktav.mjs');
      const r = spawnSync(process.execPath, [KTAV, 'search', 'ובערים', '--json', '--repo', s.layout.root], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const found = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
      expect(found[0]).toBe(ids[3]);
      expect(found.slice(1).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    });
  }, 60_000);
});
