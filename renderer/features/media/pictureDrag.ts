/** MIME type of a picture dragged from the media library or the article's pictures tab. */
export const IMAGE_DRAG_TYPE = 'application/x-ktav-image';
