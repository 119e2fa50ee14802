// What never leaves the machine: files derived from the repository (rebuilt wherever they are
// missing) and the person's own (unsaved text, exports, damaged files set aside, conflict
// copies, the trash, the publishing outbox, whose requests are this machine's to send). Written as
// the repository's `.gitignore`, so any git tool agrees; a line missing from an older one is added.
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
  '/outbox/',
  '.*.tmp',
];

export const SYNC_IGNORE_TEXT = `${SYNC_IGNORE.join('\n')}\n`;

/** An existing `.gitignore` with every line of SYNC_IGNORE it lacks added at its end (a person's own lines kept). */
export function withSyncIgnore(existing: string): string {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = SYNC_IGNORE.filter((line) => !line.startsWith('#') && !have.has(line));
  if (missing.length === 0) return existing;
  return `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`;
}
