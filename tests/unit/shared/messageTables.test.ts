// The message tables of main and `ktav`, as i18next fills them: Hebrew and English say the same
// thing with the same placeholders, a reason nests inside a message, and a placeholder left
// unfilled stays visible instead of vanishing.
import { describe, expect, it } from 'vitest';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import * as common from '../../../shared/i18n/messages.js';
import * as media from '../../../shared/i18n/mediaMessages.js';
import * as exportTexts from '../../../shared/i18n/exportMessages.js';
import { errorInWords, inWords, translate } from '../../../shared/i18n/translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the message tables', () => {
  it.each([
    ['common', common.he, common.en],
    ['media', media.he, media.en],
    ['export', exportTexts.he, exportTexts.en],
  ])('%s: every Hebrew message has its English one, with the same placeholders and no old {name} form', (_ns, he, en) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(he).sort());
    for (const [key, text] of Object.entries(he)) {
      expect(placeholders((en as Record<string, string>)[key]!), key).toEqual(placeholders(text));
      expect(`${text} ${(en as Record<string, string>)[key]}`.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\w+\}/);
    }
  });

  it('fills placeholders in the asked language, nesting a reason, without HTML escaping', () => {
    expect(translate('he', 'readFailed', { details: new Phrase('diskFull') })).toBe('קריאת הקובץ נכשלה: אין מקום פנוי בדיסק');
    expect(translate('en', 'readFailed', { details: new Phrase('diskFull') })).toBe('Reading the file failed: the disk is full');
    expect(translate('en', 'media:svgRefused', { file: '<a&b>.svg' })).toContain('The file <a&b>.svg is an SVG.');
    expect(translate('he', 'export:placeBlock', { kind: new Phrase('export:blockKinds.figure'), n: 2 })).toBe('גוף הכתבה, תמונה 2');
  });

  it('leaves an unfilled placeholder visible', () => {
    expect(translate('en', 'articleNotFound')).toBe('Article {{id}} is not in the repository.');
  });

  it('puts a service value into words: Phrases become text, KtavErrors { code, message }, the rest is untouched', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph' }] };
    const value = { doc, items: [{ file: 'a.odt', error: new KtavError('invalid-arguments', 'importUnsupported', { file: 'a.odt' }) }], label: new Phrase('export:placeMeta') };
    const said = inWords<{ doc: typeof doc; items: { file: string; error: { code: string; message: string } }[]; label: string }>(value, 'en');
    expect(said).toEqual({
      doc,
      items: [{ file: 'a.odt', error: { code: 'invalid-arguments', message: 'The file type of a.odt cannot be imported. Ktav imports .docx, .md, .html and .txt.' } }],
      label: 'Article details',
    });
    expect(said.doc).toBe(doc); // not copied
    expect(errorInWords(new KtavError('not-found', 'media:imageNotFound', { id: 'abc' }), 'he')).toEqual({ code: 'not-found', message: 'התמונה abc לא נמצאה בספריית התמונות.' });
  });
});
