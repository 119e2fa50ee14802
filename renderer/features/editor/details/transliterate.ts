// Hebrew letters to Latin for a slug, by the simple newsroom convention (no vowels are guessed:
// ש is "sh", צ "tz", ח "ch"); anything else goes through unchanged for slugify to clean.
const TABLE: Record<string, string> = {
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'ch', ט: 't', י: 'y', כ: 'k', ך: 'ch',
  ל: 'l', מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: 'a', פ: 'p', ף: 'f', צ: 'tz', ץ: 'tz', ק: 'k',
  ר: 'r', ש: 'sh', ת: 't',
};

export function transliterateSlug(text: string): string {
  return [...text.normalize('NFD').replace(/[\u0591-\u05C7]/g, '')]
    .map((c) => TABLE[c] ?? c)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
