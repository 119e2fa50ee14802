// The article panel's pictures tab (תמונות בכתבה): each figure's picture with its credit state,
// a click selects the figure in the text; and the picker that inserts a picture from the
// library at the cursor (or drag one from it into the text).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { CREDIT_PREFIX } from '../../../../shared/html/body';
import { figuresOf } from './figureChanges';
import { useFigureIds } from './figurePlugin';
import { insertFigures } from './insertFigure';
import { IMAGE_DRAG_TYPE } from '../../media/pictureDrag';
import { thumbUrl } from '../../media/mediaStore';
import { useMediaStore } from '../../media/useMediaStore';
import './figures.css';

export interface ArticlePicturesProps {
  view: EditorView | null;
  /** Increases each time the editor's "insert picture" action asks for the picker. */
  pickRequest?: number;
}

export function ArticlePictures({ view, pickRequest = 0 }: ArticlePicturesProps) {
  const { t } = useTranslation();
  const store = useMediaStore();
  // Only the image ids: a figure's position moves with every letter typed above it, and the panel
  // would re-render on each keystroke for it. A click looks the position up (`select`).
  const figures = useFigureIds(view);
  const [picking, setPicking] = useState(false);

  const pickerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pickRequest === 0) return;
    setPicking(true);
    // Asked from the editor's toolbar or keys: take the person to the first picture.
    requestAnimationFrame(() => {
      pickerRef.current?.scrollIntoView({ block: 'nearest' });
      pickerRef.current?.querySelector('button')?.focus();
    });
  }, [pickRequest]);

  const select = (index: number) => {
    const pos = view ? figuresOf(view.state.doc)[index]?.pos : undefined;
    if (!view || pos === undefined) return;
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)).scrollIntoView());
    view.focus();
  };

  return (
    <section className="article-pictures" aria-labelledby="article-pictures-title">
      <h2 id="article-pictures-title">{t('media.article.title')}</h2>
      {figures.length === 0 ? (
        <p className="muted">{t('media.article.none')}</p>
      ) : (
        <ul>
          {figures.map((imageId, index) => {
            const item = store.get(imageId);
            const line = item?.credit.creditLine.trim();
            const state = !item ? 'missing' : !line ? 'uncredited' : item.flags.expired ? 'expired' : item.flags.noAlt ? 'noAlt' : 'ok';
            return (
              <li key={index} data-image-id={imageId} data-credit-state={state}>
                <button type="button" className="link-button" aria-label={t('media.article.showInText', { number: index + 1 })} onClick={() => select(index)}>
                  {item && <img src={thumbUrl(item)} alt="" />}
                </button>
                <span dir="auto">
                  {!item && t('media.figure.missing')}
                  {item && (line ? `${CREDIT_PREFIX} ${line}` : t('media.figure.noCredit'))}
                  {item?.flags.expired && <span className="badge danger">{t('media.badges.expired')}</span>}
                  {item && line && item.flags.noAlt && <span className="badge warn">{t('media.badges.noAlt')}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
        {picking ? t('media.article.close') : t('media.article.insert')}
      </button>
      {picking && (
        <div ref={pickerRef} role="group" aria-label={t('media.article.pickerTitle')} className="picture-picker">
          {store.all().map((item) => (
            <button
              key={item.id}
              type="button"
              draggable
              aria-label={t('media.article.insertThis', { name: item.credit.caption || item.originalName })}
              onDragStart={(e) => e.dataTransfer.setData(IMAGE_DRAG_TYPE, item.id)}
              onClick={() => {
                if (view) insertFigures(view, [item.id]);
                setPicking(false);
              }}
            >
              <img src={thumbUrl(item)} alt="" />
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
