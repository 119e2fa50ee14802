// Drops onto the article: a picture dragged from the media library or the pictures tab becomes a figure where it
// lands; picture files dragged from the desktop are imported first, then inserted.
import type { EditorProps } from 'prosemirror-view';
import { showFailure } from '../../../platform/failures';
import { imageIdSchema } from '../../../../shared/model/media';
import { importPictures } from '../../media/importPictures';
import { insertFigures } from './insertFigure';
import { IMAGE_DRAG_TYPE } from '../../media/pictureDrag';
import { mediaStore } from '../../media/mediaStore';

export function figureDropProps(): Pick<EditorProps, 'handleDrop'> {
  return {
    handleDrop(view, event) {
      const data = event.dataTransfer;
      if (!data) return false;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
      const id = data.getData(IMAGE_DRAG_TYPE);
      if (id && imageIdSchema.safeParse(id).success) {
        event.preventDefault();
        insertFigures(view, [id], at);
        return true;
      }
      const files = [...data.files];
      if (files.length === 0) return false;
      event.preventDefault();
      void importPictures(files).then((results) => {
        const ok = results.flatMap((r) => (r.ok ? [r.record] : []));
        mediaStore.update(ok);
        const refused = results.flatMap((r) => (r.ok ? [] : [r.error.message]));
        if (refused.length) showFailure(refused.join('\n'));
        insertFigures(view, ok.map((r) => r.id), at);
      });
      return true;
    },
  };
}
