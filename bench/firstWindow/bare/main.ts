// The first-window bench's baseline: the least a React page built by the same Vite can do, a
// table of ten rows, with the same mark Ktav sets when its library is drawn.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LIBRARY_DRAWN_MARK } from '../../../shared/api/marks';

const rows = Array.from({ length: 10 }, (_, i) => `כתבה ${i + 1}: מועצת העיר אישרה את תקציב 2027`);

function Bare() {
  return h('table', null, h('tbody', null, rows.map((headline, i) => h('tr', { key: i }, h('td', null, headline)))));
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(Bare)));
requestAnimationFrame(() => setTimeout(() => performance.mark(LIBRARY_DRAWN_MARK), 0));
