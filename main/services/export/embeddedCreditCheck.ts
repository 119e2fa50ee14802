// What a packaged picture says about itself: the credit line, read by the media library's own
// reader (ExifTool, the MWG rules), and whether any GPS location survived.
import { sharedCreditReader, type EmbeddedCreditReader } from '../media/embeddedCredit.js';

export interface EmbeddedCheck {
  creditLine: string;
  hasLocation: boolean;
}

/** `name` is the file's name in the package (its extension tells ExifTool the format). Throws for a file ExifTool cannot read. */
export async function checkEmbedded(bytes: Uint8Array, name: string, reader: EmbeddedCreditReader = sharedCreditReader): Promise<EmbeddedCheck> {
  const { credit, hasLocation } = await reader.readBytes(bytes, name);
  return { creditLine: credit.creditLine ?? '', hasLocation };
}
