// What never leaves the machine: files derived from the repository (rebuilt wherever they are
// missing) and the person's own (unsaved text, exports, damaged files set aside, conflict
// copies, the trash). Written as the repository's `.gitignore`, so any git tool agrees.
export const SYNC_IGNORE = [
  '# Ktav: derived or private; never shared',
  '/index.json',
  '/search-index.json',
  '/credits.json',
  '/journal/',
  '/exports/',
  '/quarantine/',
  '/conflicts/',
  '/trash/',
  '.*.tmp',
];

export const SYNC_IGNORE_TEXT = `${SYNC_IGNORE.join('\n')}\n`;
