// The seam between import and the media library: import hands over a picture's bytes and gets
// back the id of an image record for the figure. The media library (its own issue) implements
// it; until it is wired, imports run without one and report the pictures they left out.

export interface PictureImporter {
  /** Stores the picture (with the metadata embedded in it) and returns its image id. */
  importPicture(bytes: Uint8Array, name: string, alt?: string): Promise<string>;
}
