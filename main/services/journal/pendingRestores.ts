// What the crash journal holds that was never saved, for the restore offer at start. An entry
// whose text equals the saved article (the save landed, only the clean-up did not) is dropped.
import { articleFields, bodyText, docFromJSON } from '../../../shared/editor/document.js';
import type { PendingRestore } from '../../../shared/model/repository.js';
import type { ArticleStore } from '../articles/articleStore.js';

function plainText(doc: unknown): string {
  const node = docFromJSON(doc);
  const { headline, lead, byline } = articleFields(node);
  return [headline, lead, byline, bodyText(node)].join('\n');
}

export async function pendingRestores(store: ArticleStore): Promise<PendingRestore[]> {
  const out: PendingRestore[] = [];
  for (const entry of await store.journal.entries()) {
    let saved;
    try {
      saved = await store.peek(entry.id);
    } catch {
      continue; // the article is gone (trashed) or damaged: nothing to restore it into
    }
    let journalText: string;
    try {
      journalText = plainText(entry.doc);
    } catch {
      await store.discardJournal(entry.id);
      continue;
    }
    const savedText = plainText(saved.doc);
    if (JSON.stringify(saved.doc) === JSON.stringify(entry.doc)) {
      await store.discardJournal(entry.id);
      continue;
    }
    out.push({ id: entry.id, headline: articleFields(docFromJSON(entry.doc)).headline, recordedAt: entry.recordedAt, savedText, journalText });
  }
  return out;
}
