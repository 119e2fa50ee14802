// The floor of the typing benchmark: a plain `contenteditable` div holding the same text as
// paragraphs, with no editor behind it (the browser alone inserts each key). As page source: it
// needs no bundling.
export const PLAIN_SCRIPT = `window.benchInit = (paragraphs) => {
  const root = document.createElement('div');
  root.className = 'bench-editor';
  root.contentEditable = 'true';
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  }
  document.querySelector('#editor').append(root);
};`;
