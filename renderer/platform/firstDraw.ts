// The moment the first screen shows the repository: a User Timing mark, `ktav:library-drawn`,
// set once, in the frame after the article list reached the page. DevTools' performance panel
// shows it; `npm start -- --report-first-window` prints it; the first-window bench reads it.
import { LIBRARY_DRAWN_MARK } from '../../shared/api/marks';

let marked = false;

export function markLibraryDrawn(): void {
  if (marked) return;
  marked = true;
  // requestAnimationFrame runs before the frame is painted; the task after it runs once it has been.
  requestAnimationFrame(() => setTimeout(() => performance.mark(LIBRARY_DRAWN_MARK), 0));
}
