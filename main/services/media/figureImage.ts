// What the HTML serializer needs to print a figure (shared/html/body.ts `FigureImage`), from a
// picture's record: the export step passes this as its `image` resolver, with `src` pointing
// at the rendition it wrote.
import type { FigureImage } from '../../../shared/html/body.js';
import type { MediaLibrary } from './mediaLibrary.js';

export function figureImageResolver(library: MediaLibrary, src: (id: string, ext: string) => string = (id, ext) => `media/${id}.${ext}`) {
  return (imageId: string): FigureImage | null => {
    if (!library.has(imageId)) return null;
    const r = library.get(imageId);
    return { src: src(r.id, r.ext), width: r.width, height: r.height, alt: r.credit.altText, caption: r.credit.caption, creditLine: r.credit.creditLine };
  };
}
