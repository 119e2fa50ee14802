// Prose for the spelling tests, written as a news desk writes: prefixed words, acronyms with
// gershayim, abbreviations with a geresh, maqaf compounds, English names and a quotation in
// Hebrew sentences, a pointed line. Correct but for the names in FIXTURE_WORDS; SEEDED has
// misspellings planted, each with the word it should have been.

/** The fixtures' newsroom dictionary: what Hspell does not know and the fixtures use. */
export const FIXTURE_WORDS = '# names and words of the test fixtures\nAgrosense\nפארק\nאמפיתיאטרון\n';

export const CORRECT_PROSE = [
  'ראש הממשלה ויו״ר הכנסת נפגשו אתמול בירושלים ובתל־אביב עם נציגי צה״ל והמשטרה.',
  'לדברי הרמטכ״ל, כשהגיעו הכוחות לשכונה כבר היו בה מאות תושבים.',
  'החברה הישראלית Agrosense, שפיתחה חיישנים לחקלאות, גייסה ב־2024 כ־12 מיליון דולר מקרן Green Cities Design.',
  'השר אמר ל־Reuters כי "המצב הבין־לאומי מחייב החלטות מהירות".',
  'בשנה שעברה עלה מספר התלמידים בבתי־הספר העל־יסודיים ב־3.5% לעומת 2023.',
  'שָׁלוֹם לְכֻלָּם, אָמַר הַמּוֹרֶה.',
  'The minister said: "We will act now", ואחר כך עזב את המקום.',
  'ראש העירייה, עו״ד משה כהן, חנך את הגן החדש בשכונת הדר בחיפה.',
  'מחירי הדירות בת״א עלו ב־2% לפי נתוני הלמ״ס, ודו״ח בנק ישראל צופה המשך עלייה.',
  'הוא שיחק ב־Real Madrid 3 עונות, ולפני כן ב-Manchester United.',
  'למידע נוסף: www.example.co.il או info@example.co.il, טלפון +972-3-555-1234.',
  'מס׳ המשתתפים עמד על 40, לפי עמ׳ 3 בדו״ח.',
];

/** Misspelled words planted in sentences, and what each should be. */
export const SEEDED: { line: string; wrong: string; right: string }[] = [
  { line: 'הממשלה החליטה אתמל על תקציב חדש.', wrong: 'אתמל', right: 'אתמול' },
  { line: 'הוועדה אישרה את התקציבב לשנה הבאה.', wrong: 'התקציבב', right: 'התקציב' },
  { line: 'נציגי הציבור הגיעו לישיבת המועצצה.', wrong: 'המועצצה', right: 'המועצה' },
  { line: 'The goverment spokesman declined to comment.', wrong: 'goverment', right: 'government' },
];
