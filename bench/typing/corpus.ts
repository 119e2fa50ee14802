// A long mixed Hebrew/English article for the typing benchmark, made by recombining the
// sentences of ../shared/fixtures: paragraphs, a bulleted list every few paragraphs and a figure
// every few more. The same text is given to bare ProseMirror as plain paragraphs.
import type { DocJSON } from '../../shared/editor/document.js';

const SENTENCES = [
  'ראש העירייה, עו"ד משה כהן, חנך ביום שלישי את הפארק העירוני החדש בשכונת הדר, בנוכחות מאות תושבים.',
  'הפארק תוכנן בשיתוף חברת Green Cities Design מאמסטרדם, שזכתה במכרז בין־לאומי.',
  'לפי נתוני העירייה, כ־15,000 תושבים מתגוררים במרחק הליכה של 10 דקות מהפארק.',
  'פרטים נוספים אפשר למצוא באתר העירייה: https://www.example-city.gov.il/parks/hadar.',
  'חברת Agrosense, שמפתחת חיישנים זולים לניטור לחות הקרקע, הודיעה השבוע על גיוס של 30 מיליון דולר.',
  'מנכ"ל החברה, ד"ר יעל בן־דוד, אמרה כי הכסף ישמש להקמת קו ייצור ולהתרחבות לשווקים באירופה.',
  '"The technology is ready; now we need to scale," she said.',
  'החיישן של Agrosense משדר נתונים בכל 15 דקות לאפליקציה, ועלותו כ־40 דולר ליחידה.',
  'הסבב הובל על ידי קרן Northgate Ventures, ובו השתתפו גם המשקיעים הקיימים ורשות החדשנות.',
  '"עכשיו אנחנו מבקשים רק דבר אחד: שישמרו עליו נקי," אמרה יו"ר ועד השכונה.',
];

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const text = (t: string): DocJSON => ({ type: 'text', text: t });
const para = (t: string): DocJSON => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [text(t)] });

export interface Corpus {
  /** The article as Ktav stores it. */
  ktav: DocJSON;
  /** The same text as paragraphs of the basic schema. */
  plain: string[];
  words: number;
}

/** An article of about `target` words. */
export function makeCorpus(target: number): Corpus {
  const body: DocJSON[] = [];
  const plain: string[] = [];
  let count = 0;
  let s = 0;
  for (let block = 0; count < target; block++) {
    if (block % 7 === 6) {
      const items = [0, 1, 2].map(() => SENTENCES[s++ % SENTENCES.length]!);
      body.push({ type: 'bullet_list', attrs: { dir: 'auto' }, content: items.map((i) => ({ type: 'list_item', content: [para(i)] })) });
      plain.push(...items);
      count += items.reduce((n, i) => n + words(i), 0);
    } else if (block % 13 === 12) {
      const caption = 'ילדים במתקני המשחק בפארק החדש';
      body.push({ type: 'figure', attrs: { imageId: `bench-${block}` }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [text(caption)] }] });
      plain.push(caption);
      count += words(caption);
    } else {
      const sentences = [0, 1, 2, 3].map(() => SENTENCES[s++ % SENTENCES.length]!).join(' ');
      body.push(para(sentences));
      plain.push(sentences);
      count += words(sentences);
    }
  }
  const field = (type: string, t: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: [text(t)] });
  return {
    ktav: {
      type: 'doc',
      content: [field('headline', 'מבחן מהירות הקלדה'), field('subheadline', 'כתבה ארוכה בעברית ובאנגלית'), field('byline', 'כתב'), ...body],
    },
    plain,
    words: count,
  };
}

/** What the benchmark types: Hebrew, English, numbers, an acronym and punctuation. */
export const TYPED = 'ועוד משפט קצר על Google ו-C++ ב-2024, אמר יו"ר הוועד. ';
