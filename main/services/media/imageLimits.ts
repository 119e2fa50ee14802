// Limits on what the media library accepts, in one place so the import, the contract and the
// tests agree. Pixels are limited before decoding so a small file that declares a huge image
// (a decompression bomb) never reaches the decoder's memory.
export const MAX_IMAGE_BYTES = 80 * 1024 * 1024;

/** 150 megapixels: above any camera a newsroom uses, far below what exhausts memory. */
export const MAX_IMAGE_PIXELS = 150_000_000;

/** Longest side of a thumbnail in the library grid and the article side panel. */
export const THUMB_SIZE = 480;
