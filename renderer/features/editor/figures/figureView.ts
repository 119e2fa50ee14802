// The figure of an article as the editor shows it: the picture from the library, the article's
// own caption (editable; empty shows the picture's caption in grey, which is what the site
// will print) and the credit line `קרדיט צילום: …` taken live from the picture's record, so a
// credit edited in the library changes every open article at once.
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { CREDIT_PREFIX } from '../../../../shared/html/body';
import { i18n } from '../../../i18n';
import { mediaStore, mediaUrl } from '../../media/mediaStore';

class FigureView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private img: HTMLImageElement;
  private credit: HTMLElement;
  private defaultCaption: HTMLElement;
  private unsubscribe: () => void;

  constructor(private node: PMNode) {
    this.dom = document.createElement('figure');
    this.dom.className = 'ktav-figure';
    this.img = document.createElement('img');
    this.img.draggable = false;
    const frame = document.createElement('div');
    frame.className = 'ktav-figure-frame';
    frame.contentEditable = 'false';
    frame.append(this.img);
    // The figcaption is ProseMirror's; the credit line after it is ours and not editable.
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'ktav-figure-caption-host';
    this.defaultCaption = document.createElement('p');
    this.defaultCaption.className = 'ktav-figure-default-caption';
    this.defaultCaption.contentEditable = 'false';
    this.credit = document.createElement('p');
    this.credit.className = 'ktav-figure-credit';
    this.credit.contentEditable = 'false';
    this.dom.append(frame, this.contentDOM, this.defaultCaption, this.credit);
    this.unsubscribe = mediaStore.subscribe(() => this.render());
    void mediaStore.ensure();
    this.render();
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  private render(): void {
    const id = String(this.node.attrs.imageId);
    const item = mediaStore.get(id);
    this.dom.dataset.imageId = id;
    const captionEmpty = this.node.firstChild?.content.size === 0;
    this.dom.classList.toggle('uses-default-caption', captionEmpty);
    if (!item) {
      this.img.removeAttribute('src');
      this.img.alt = '';
      this.defaultCaption.textContent = '';
      this.credit.textContent = i18n.t('media.figure.missing');
      this.credit.dataset.state = 'missing';
      return;
    }
    const src = mediaUrl(item);
    if (this.img.getAttribute('src') !== src) this.img.src = src;
    this.img.alt = item.credit.altText;
    this.img.width = item.width;
    this.img.height = item.height;
    this.defaultCaption.textContent = captionEmpty ? item.credit.caption : '';
    const line = item.credit.creditLine.trim();
    this.credit.textContent = line ? `${CREDIT_PREFIX} ${line}` : i18n.t('media.figure.noCredit');
    this.credit.dataset.state = !line ? 'uncredited' : item.flags.expired ? 'expired' : 'ok';
    this.credit.title = item.flags.expired ? i18n.t('media.figure.expired') : '';
  }

  // The picture, the grey default caption and the credit line are not document content.
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return !this.contentDOM.contains(mutation.target);
  }

  stopEvent(): boolean {
    return false;
  }

  destroy(): void {
    this.unsubscribe();
  }
}

/** `nodeViews` for the article editor. */
export const figureNodeViews = {
  figure: (node: PMNode, _view: EditorView) => new FigureView(node),
};
