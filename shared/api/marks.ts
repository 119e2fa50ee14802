// Names the window and main agree on outside the calls: User Timing marks the window sets and
// the shells (and benches) read.

/** Set once, in the frame after the first screen showed the repository's articles. */
export const LIBRARY_DRAWN_MARK = 'ktav:library-drawn';
