// Opposite-direction phrases found in a block's text, and their isolation in exported HTML.
import { describe, expect, it } from 'vitest';
import { runsToIsolate } from '../../../shared/text/isolate.js';
import { isolatedRuns } from '../../../shared/html/body.js';
import { detectDirection } from '../../../shared/text/direction.js';

function runs(text: string, dir: 'rtl' | 'ltr' = 'rtl'): string[] {
  return runsToIsolate(text, dir).map((r) => text.slice(r.from, r.to));
}

describe('opposite-direction runs', () => {
  it('keeps the + of C++ inside the isolate and the sentence comma outside', () => {
    expect(runs('כתוב ב-C++, לא ב-C#.')).toEqual(['C++', 'C#']);
  });
  it('isolates a URL and an e-mail address without the full stop that ends the sentence', () => {
    expect(runs('באתר https://www.example-city.gov.il/parks/hadar. או בכתובת info@example.com.')).toEqual([
      'https://www.example-city.gov.il/parks/hadar',
      'info@example.com',
    ]);
  });
  it('keeps an English quotation with its inner punctuation and the mark before the closing quote', () => {
    expect(runs('"The technology is ready; now we need to scale." אמרה.')).toEqual(['The technology is ready; now we need to scale.']);
    expect(runs('צעק "Hello!" ויצא')).toEqual(['Hello!']);
  });
  it('leaves alone a phrase the bidi algorithm already places right', () => {
    // Followed by a Hebrew letter, or by punctuation that ends the sentence: nothing to isolate.
    expect(runs('חברת Green Cities Design זכתה במכרז.')).toEqual([]);
    expect(runs('החברה AT&T הודיעה')).toEqual([]);
    expect(runs('ראו גם Green Cities Design 2024.')).toEqual([]);
    expect(runs('חברת Agrosense, שמפתחת חיישנים')).toEqual([]);
    expect(runs('The word שלום means peace', 'ltr')).toEqual([]);
  });
  it('isolates a phrase that a following number or phrase would join', () => {
    expect(runs('בין Google - Apple יש תחרות')).toEqual(['Google']);
    expect(runs('חברת Google (2024) הודיעה')).toEqual(['Google']);
    expect(runs('The word שלום עליכם 2 times', 'ltr')).toEqual(['שלום עליכם']);
    expect(runs('The words שלום, עולם', 'ltr')).toEqual(['שלום']);
  });
  it('isolates a signed number whole, with the digit groups of a phone number', () => {
    expect(runs('למידע התקשרו ל־+972-3-555-1234 בשעות הפעילות')).toEqual(['+972-3-555-1234']);
    expect(runs('או בטלפון +972-3-555-1234 בשעות הפעילות')).toEqual(['+972-3-555-1234']);
    expect(runs('+972-50-1234567 הוא המספר')).toEqual(['+972-50-1234567']);
    expect(runs('בארצות הברית: +1 (555) 010-9999, או בבריטניה (+44 (0)20 7946 0958).')).toEqual(['+1 (555) 010-9999', '+44 (0)20 7946 0958']);
    expect(runs('במספר +972.3.555.1234 או +97235551234')).toEqual(['+972.3.555.1234', '+97235551234']);
    expect(runs('הטמפרטורה ירדה ל -5 מעלות, ובהרים ל"-12°"')).toEqual(['-5', '-12°']);
    expect(runs('המדד עלה ב +3.5% ושער הדולר ב −0.4%')).toEqual(['+3.5%', '−0.4%']);
  });
  it('never takes a hyphen after a letter or a digit for a sign', () => {
    // A prefix before a year, a range, a local phone number: all placed right without an isolate.
    expect(runs('ב-2020 וב־2021 נפתחו 10-16 סניפים')).toEqual([]);
    expect(runs('התקשרו ל-03-5551234 או ל־106')).toEqual([]);
    expect(runs('בין 10 - 20 אחוז')).toEqual([]);
  });
  it('leaves a number after a prefixed Latin phrase to the Hebrew that follows it', () => {
    expect(runs('הוא שיחק ב-Real Madrid 3 עונות')).toEqual(['Real Madrid']);
    expect(runs('הוא הבקיע ל-Manchester United 2 שערים')).toEqual(['Manchester United']);
    expect(runs('השקיעו ב־AI 3 מיליארד דולר')).toEqual(['AI']);
    expect(runs('השקיעו בתחום ה־AI 3')).toEqual(['AI']);
    expect(runs('ששיחקו וב-FC Barcelona 10 שנים')).toEqual(['FC Barcelona']);
    expect(runs('העבירו ל־COVID-19 2 מיליון')).toEqual(['COVID-19']);
    // A number inside the phrase stays in it; a prefixed phrase with nothing after it needs nothing.
    expect(runs('הותקן ב-Windows 11 Pro במחשבים')).toEqual([]);
    expect(runs('שיחק ב-Real Madrid עונה אחת')).toEqual([]);
  });
  it('keeps a number after a free-standing Latin name in the name', () => {
    expect(runs('הדגם החדש iPhone 15 יימכר ב־4,000 שקלים')).toEqual([]);
    expect(runs('מערכת Windows 11 תותקן')).toEqual([]);
    // A hyphen after a whole word is not a prefix's: the number stays with the name.
    expect(runs('דגם סופר-iPhone 15 יימכר')).toEqual([]);
  });
  it('looks past a line break or a marked span as the bidi algorithm does', () => {
    expect(runs('חברת Google\n2024 הייתה')).toEqual([]);
    expect(runs('חברת Google \uFFFC\uFFFC 2024')).toEqual(['Google']);
  });
  it('wraps the runs in bdi with the opposite direction, escaping the text', () => {
    expect(isolatedRuns('חברת AT&T (ארה"ב) ו-C++ הודיעו', 'rtl')).toBe('חברת AT&amp;T (ארה"ב) ו-<bdi dir="ltr">C++</bdi> הודיעו');
  });
});

describe('block direction from strong characters', () => {
  it('keeps a Hebrew sentence that opens with an English word or a number right-to-left', () => {
    expect(detectDirection('Google הודיעה היום על מוצר חדש')).toBe('rtl');
    expect(detectDirection('2024 הייתה שנה טובה')).toBe('rtl');
  });
  it('turns a block typed entirely in Latin script left-to-right and leaves a neutral one undecided', () => {
    expect(detectDirection('The technology is ready.')).toBe('ltr');
    expect(detectDirection('12.5 - 16')).toBeNull();
  });
});
