// The window's article list brought up to date with the few articles a sync changed, instead of
// reloading all of them: with ten thousand articles the whole list is megabytes to send and read
// on the window's thread, in the middle of someone's typing.
import type { ArticleSummary } from '../../../shared/model/article';

export function patchSummaries(list: readonly ArticleSummary[], changed: readonly { id: string; summary: ArticleSummary | null }[]): ArticleSummary[] {
  const byId = new Map(changed.map((c) => [c.id, c.summary]));
  const next: ArticleSummary[] = [];
  for (const a of list) {
    if (!byId.has(a.id)) next.push(a);
    else {
      const summary = byId.get(a.id);
      if (summary) next.push(summary);
      byId.delete(a.id);
    }
  }
  for (const summary of byId.values()) if (summary) next.push(summary); // new here
  return next;
}
