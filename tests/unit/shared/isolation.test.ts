// Opposite-direction phrases found in a block's text, and their isolation in exported HTML.
import { describe, expect, it } from 'vitest';
import { oppositeRuns } from '../../../shared/text/isolate.js';
import { isolatedRuns } from '../../../shared/html/body.js';
import { detectDirection } from '../../../shared/text/direction.js';

function runs(text: string, dir: 'rtl' | 'ltr' = 'rtl'): string[] {
  return oppositeRuns(text, dir).map((r) => text.slice(r.from, r.to));
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
  it('isolates Hebrew phrases inside an English block', () => {
    expect(runs('The word שלום עליכם means peace', 'ltr')).toEqual(['שלום עליכם']);
  });
  it('wraps the runs in bdi with the opposite direction, escaping the text', () => {
    expect(isolatedRuns('חברת AT&T הודיעה', 'rtl')).toBe('חברת <bdi dir="ltr">AT&amp;T</bdi> הודיעה');
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
