// The search tokenizer is a character loop for speed; it must split text exactly as the regular
// expression it replaced: a letter or digit, then letters, digits, marks and the quotes of
// abbreviations, without trailing quotes.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../main/services/search/hebrewTerms.js';

function byRegex(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}"'\u05F3\u05F4]*/gu)].map((m) => m[0].replace(/["'\u05F3\u05F4]+$/u, ''));
}

describe('tokenize', () => {
  it('splits Hebrew, niqqud, abbreviations, Latin, digits and astral letters as the regular expression does', () => {
    const samples = [
      'צה"ל הודיע: "שלום" ו\'גם\' בית־המשפט',
      'שָׁלוֹם עַכְשָׁיו café naïve 𝒜𝒷 😀x ١٢٣ Ünïcode',
      `a"b"" '' ״א״ ׳ב׳ x'`,
      'Google, Tel-Aviv; 2026/11/27 — ה־7 ב-10%',
      '\u05BFא\u05C1ב ־׀׃׆ test',
    ];
    expect(tokenize(samples[0]!)).toEqual(['צה"ל', 'הודיע', 'שלום', "ו'גם", 'בית', 'המשפט']);
    // Random strings over the characters that matter, from a fixed seed.
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const chars = [...'אבגדהוזחטיכלמנסעפצקרשתךםןףץ abcXYZ019"\'׳״־.,;:!?()[]\u05B0\u05B4\u05BC\u05C1\u0301é😀𝒜\u2013\u200f\u00a0\t\n'];
    for (let k = 0; k < 3000; k++) samples.push(Array.from({ length: 30 }, () => chars[Math.floor(random() * chars.length)]).join(''));
    for (const text of samples) expect(tokenize(text), text).toEqual(byRegex(text));
  });
});
