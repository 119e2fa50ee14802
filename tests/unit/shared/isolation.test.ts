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
