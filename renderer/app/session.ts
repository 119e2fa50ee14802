// Reopening where the person left off: the screen, the article, its scroll position and caret,
// written to the settings a moment after they change and before the window closes.
import type { EditorView } from 'prosemirror-view';
import type { Session } from '../../shared/model/settings';
import { ktav, shown } from '../platform/api';
import { beforeClose } from '../platform/lifecycle';

const SAVE_DELAY_MS = 1000;

export class SessionKeeper {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Values set since the last write; the caret and scroll position are read when writing. */
  private pending: Partial<Session> | null = null;
  private view: EditorView | null = null;
  private readonly stopFlush: () => void;
  private readonly onScroll = () => this.update({});

  constructor(private current: Session) {
    this.stopFlush = beforeClose(() => this.flush());
    window.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** The screen changed (and with it, perhaps, the article). */
  screen(screen: Session['screen'], articleId: string | null): void {
    this.view = null;
    this.update({ screen, articleId, caret: 0, scrollTop: 0 });
  }

  /** Follows the caret of an open article. */
  watch(view: EditorView): void {
    this.view = view;
    view.dom.addEventListener('ktav-view-update', () => this.update({}));
  }

  /**
   * Called on every editor update (each keystroke) and scroll, so it only notes that something
   * changed: reading the scroll position here would force a layout in the middle of the
   * keystroke. A change that names the caret or scroll position holds until the next live one.
   */
  private update(change: Partial<Session>): void {
    const { caret: _caret, scrollTop: _scrollTop, ...rest } = this.pending ?? {};
    this.pending = Object.keys(change).length === 0 ? rest : { ...this.pending, ...change };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const change = this.pending;
    this.pending = null;
    if (!change) return;
    const caret = this.view && !this.view.isDestroyed ? this.view.state.selection.head : this.current.caret;
    this.current = { ...this.current, scrollTop: Math.round(window.scrollY), caret, ...change };
    shown(await ktav.settings.set({ session: this.current }));
  }

  dispose(): void {
    this.stopFlush();
    window.removeEventListener('scroll', this.onScroll);
    void this.flush();
  }
}
