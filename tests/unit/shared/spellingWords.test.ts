// How a text is cut into the lookups a spelling dictionary is asked, before any dictionary.
import { describe, expect, it } from 'vitest';
import { lookupsOf, misspellings, spellingWords, type SpellLanguage } from '../../../shared/spelling/words.js';
import { parseNewsroomWords, withNewsroomWord, modelOf } from '../../../shared/spelling/newsroomWords.js';

/** Each word as `text-of-range:lookup|lookup` (compounds as `whole=…` first). */
function cut(text: string): string[] {
  return spellingWords(text).flatMap((w) => [
    ...(w.whole ? [`whole=${w.whole}`] : []),
    ...w.parts.map((p) => `${text.slice(p.from, p.to)}:${p.lang}:${p.keys.join('|')}`),
  ]);
}

describe('spelling words', () => {
  it('turns gershayim, geresh and curly quotes into ASCII quotes and drops niqqud', () => {
    expect(cut('יו״ר צה”ל מס׳ 3')).toEqual(['יו״ר:he:יו"ר', 'צה”ל:he:צה"ל', "מס׳:he:מס'|מס"]);
    expect(cut('שָׁלוֹם וּבְרָכָה')).toEqual(['שָׁלוֹם:he:שלום', 'וּבְרָכָה:he:וברכה']);
  });
  it('strips the punctuation around a word and the quotation marks of a quote', () => {
    expect(cut('"ציטוט", (סוגריים) נקודה. ״מירכאות״ ו’גרש’')).toEqual([
      'ציטוט:he:ציטוט',
      'סוגריים:he:סוגריים',
      'נקודה:he:נקודה',
      'מירכאות:he:מירכאות',
      "ו’גרש’:he:ו'גרש'|ו'גרש|וגרש",
    ]);
  });
  it('looks a maqaf or hyphen compound up whole, then part by part', () => {
    expect(cut('בית־ספר בין-לאומי')).toEqual(['whole=בית־ספר', 'בית:he:בית', 'ספר:he:ספר', 'whole=בין־לאומי', 'בין:he:בין', 'לאומי:he:לאומי']);
  });
  it('takes prefix letters before a number or a Latin word for a prefix, and checks the Latin word in English', () => {
    expect(cut('ב-2020 וב־2021 ה־AI ול-Google')).toEqual(['AI:en:AI', 'Google:en:Google']);
    // Not prefix letters: a word of its own, checked.
    expect(cut('אנטי-Apple')).toEqual(['אנטי:he:אנטי', 'Apple:en:Apple']);
  });
  it('skips numbers, codes with digits, URLs, e-mail addresses, single letters and mixed-script words', () => {
    expect(cut('COVID-19 A320 3.5 https://example.com/path info@example.com סעיף ה C++ שלoם')).toEqual(['COVID:en:COVID', 'סעיף:he:סעיף']);
  });
  it('keeps an English word with its apostrophe', () => {
    expect(cut('he said don’t go')).toEqual(['he:en:he', 'said:en:said', "don’t:en:don't", 'go:en:go']);
  });
});

describe('misspellings from verdicts', () => {
  const dictionary = new Set(['he:בית', 'he:ספר', 'he:גדול', 'en:Google', 'he:עולם־ומלואו']);
  const correct = (key: string, lang: SpellLanguage) => dictionary.has(`${lang}:${key}`);
  const wrong = (text: string) => misspellings(spellingWords(text), correct).map((m) => text.slice(m.from, m.to));

  it('names the wrong part of a compound, and none when the whole is known', () => {
    expect(wrong('בית־ספר')).toEqual([]);
    expect(wrong('בית־ספרר גדול')).toEqual(['ספרר']);
    expect(wrong('עולם-ומלואו')).toEqual([]);
  });
  it('asks each lookup once', () => {
    expect(lookupsOf(spellingWords('בית בית Google בית־ספר'))).toEqual([
      { key: 'בית', lang: 'he' },
      { key: 'Google', lang: 'en' },
      { key: 'בית־ספר', lang: 'he' },
      { key: 'ספר', lang: 'he' },
    ]);
  });
});

describe('the newsroom dictionary file', () => {
  it('reads one word a line with an optional model, comments and blank lines aside, normalised', () => {
    const text = '# מילון המערכת\nקורונה\nנתניהו ירושלים\n\nצה״ל\nAgrosense\nקורונה\n';
    expect(parseNewsroomWords(text)).toEqual([
      { word: 'קורונה', model: null },
      { word: 'נתניהו', model: 'ירושלים' },
      { word: 'צה"ל', model: null },
      { word: 'Agrosense', model: null },
    ]);
    expect(parseNewsroomWords(text).map(modelOf)).toEqual(['מכונה', 'ירושלים', 'מכונה', null]);
  });
  it('adds a word as its last line once, keeping the rest', () => {
    expect(withNewsroomWord('# שלנו\nקורונה', 'סטארטאפ')).toBe('# שלנו\nקורונה\nסטארטאפ\n');
    expect(withNewsroomWord('קורונה\n', 'קורונה')).toBe('קורונה\n');
    expect(withNewsroomWord('', 'נתניהו', 'ירושלים')).toBe('נתניהו ירושלים\n');
    expect(() => withNewsroomWord('', 'שתי מילים')).toThrow();
  });
});

describe('pointed words', () => {
  it('are also looked up in full spelling', () => {
    expect(cut('לְכֻלָּם סִפּוּר שָׁלוֹם')).toEqual(['לְכֻלָּם:he:לכלם|לכולם', 'סִפּוּר:he:ספור|סיפור', 'שָׁלוֹם:he:שלום']);
  });
});
