// A small but real Word document built in the test: Hebrew right-to-left paragraphs (w:bidi),
// a Title, a heading, bold and italic runs, a link, and optionally an embedded picture.
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface DocxParagraph {
  text?: string;
  style?: 'Title' | 'Heading1' | 'Heading2';
  rtl?: boolean;
  runs?: { text: string; bold?: boolean; italic?: boolean; link?: string }[];
  picture?: boolean;
}

export function buildDocx(paragraphs: DocxParagraph[], png?: Uint8Array): Uint8Array {
  const rels: string[] = [];
  const body = paragraphs
    .map((p) => {
      const pPr = `<w:pPr>${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${p.rtl ? '<w:bidi/>' : ''}</w:pPr>`;
      const runs = (p.runs ?? (p.text ? [{ text: p.text }] : []))
        .map((r) => {
          const run = `<w:r><w:rPr>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}${p.rtl ? '<w:rtl/>' : ''}</w:rPr><w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
          if (!r.link) return run;
          const id = `rIdLink${rels.length}`;
          rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(r.link)}" TargetMode="External"/>`);
          return `<w:hyperlink r:id="${id}">${run}</w:hyperlink>`;
        })
        .join('');
      const picture = p.picture
        ? `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="תמונה" descr="ילדים בפארק"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="photo.png" descr="ילדים בפארק"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
        : '';
      return `<w:p>${pPr}${runs}${picture}</w:p>`;
    })
    .join('');
  rels.push('<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  if (png) rels.push('<Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
  };
  // Word names its styles in styles.xml; mammoth maps paragraphs by those names.
  const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  files['word/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}</w:styles>`,
  );
  if (png) files['word/media/image1.png'] = png;
  return zipSync(files);
}
