// Clipboard HTML from Word, LibreOffice, Google Docs and web pages, cleaned before ProseMirror
// parses it with the article schema. The schema already keeps only what it knows (paragraphs,
// headings, lists, bold, italic, safe links, direction); this step makes the sources' quirks
// readable to it and removes what must never come in:
// - Word: `<o:p>`, conditional comments, and lists written as paragraphs with `mso-list` styles
//   and a typed bullet or number, turned into real `<ul>`/`<ol>`.
// - Google Docs: the wrapping `<b style="font-weight:normal">` that would make everything bold.
// - Everything: scripts, styles, frames, forms, event handlers, `javascript:` and other unsafe
//   links (dropped by the schema too), and images (a picture enters an article only from the
//   media library).
// Parsing uses an inert document (DOMParser): nothing in it runs or loads.

const REMOVE = 'script, style, link, meta, title, iframe, frame, object, embed, form, input, button, select, textarea, svg, math, img, picture, video, audio, canvas, template, noscript';

export function cleanPastedHtml(html: string): string {
  // Word's conditional comments hide its list bullets from browsers that honour them.
  const source = html.replace(/<!\[if !supportLists\]>/gi, '').replace(/<!\[endif\]>/gi, '');
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const body = doc.body;

  body.querySelectorAll(REMOVE).forEach((el) => el.remove());
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (el.tagName.includes(':')) {
      el.replaceWith(...Array.from(el.childNodes)); // <o:p>, <w:sdt> and other Office tags
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction') el.removeAttribute(attr.name);
    }
    if (el.tagName === 'A' && !/^\s*(https?:|mailto:)/i.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
  }
  if (!isFromKtav(html)) unwrapForeignFigures(body);
  unwrapGoogleDocsBold(body);
  convertWordLists(body);
  return body.innerHTML;
}

/** ProseMirror marks what it copies with `data-pm-slice`; only then may a figure keep its picture. */
function isFromKtav(html: string): boolean {
  return /data-pm-slice=/.test(html);
}

/** A figure from elsewhere has no picture in the media library: keep its caption as a paragraph. */
function unwrapForeignFigures(body: HTMLElement): void {
  body.querySelectorAll('figcaption').forEach((caption) => {
    const p = body.ownerDocument.createElement('p');
    p.append(...Array.from(caption.childNodes));
    caption.replaceWith(p);
  });
  body.querySelectorAll('figure').forEach((figure) => figure.replaceWith(...Array.from(figure.childNodes)));
}

function unwrapGoogleDocsBold(body: HTMLElement): void {
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach((b) => b.replaceWith(...Array.from(b.childNodes)));
}

/** Word writes a list as paragraphs with `mso-list: l0 level1 lfo1` and a typed marker in a span. */
function convertWordLists(body: HTMLElement): void {
  const paragraphs = Array.from(body.querySelectorAll('p')).filter((p) => /mso-list\s*:/i.test(p.getAttribute('style') ?? ''));
  let list: HTMLElement | null = null;
  let lastPara: Element | null = null;
  for (const p of paragraphs) {
    const marker = wordListMarker(p);
    const ordered = /^[\d\u05D0-\u05EAa-zA-Z]{1,3}[.)]$/.test(marker);
    const contiguous = lastPara !== null && p.previousElementSibling === lastPara;
    if (!list || !contiguous || (list.tagName === 'OL') !== ordered) {
      list = body.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      const dir = p.getAttribute('dir');
      if (dir) list.setAttribute('dir', dir.toLowerCase());
      p.before(list);
    }
    const li = body.ownerDocument.createElement('li');
    const para = body.ownerDocument.createElement('p');
    const dir = p.getAttribute('dir');
    if (dir) para.setAttribute('dir', dir.toLowerCase());
    para.append(...Array.from(p.childNodes));
    li.append(para);
    list.append(li);
    p.remove();
    // The next paragraph of the same list now follows the list itself.
    lastPara = list;
  }
}

/** Removes and returns the typed bullet or number Word puts before a list paragraph. */
function wordListMarker(p: Element): string {
  const span = Array.from(p.querySelectorAll('span')).find((s) => /mso-list\s*:\s*Ignore/i.test(s.getAttribute('style') ?? ''));
  if (span) {
    const text = (span.textContent ?? '').replace(/\s+/g, '');
    // The marker span may sit inside another span; remove its outermost wrapper that holds only it.
    let target: Element = span;
    while (target.parentElement && target.parentElement !== p && (target.parentElement.textContent ?? '').trim() === (span.textContent ?? '').trim()) {
      target = target.parentElement;
    }
    target.remove();
    return text;
  }
  const m = /^\s*([·•o§\-–]|[\d\u05D0-\u05EAa-zA-Z]{1,3}[.)])\s+/.exec(p.textContent ?? '');
  if (m && p.firstChild?.nodeType === 3) p.firstChild.textContent = (p.firstChild.textContent ?? '').replace(m[0], '');
  return m?.[1] ?? '';
}
