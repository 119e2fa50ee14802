// A child process for the kill test: opens a repository and autosaves its articles as fast as
// it can, journaling between saves, and prints `ack <id> <revision>` after each save resolves
// (that is, after it is durable). The test kills it with SIGKILL at random moments.
import { createServices } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { articleDoc, para } from './docs.js';

const repo = process.argv[2]!;
const services = await createServices(repo, new MemorySettings());
const articles = services.articles.list().map((a) => a.id);
const revisions = new Map<string, number>();
for (const id of articles) revisions.set(id, (await services.articles.get(id)).revision);
process.stdout.write('ready\n');

const text = (rev: number) => articleDoc(`גרסה ${rev}`, [para(`שמירה מספר ${rev} `.repeat(300)), para(`סוף ${rev}`)]);

await Promise.all(
  articles.map(async (id) => {
    for (;;) {
      const base = revisions.get(id)!;
      await services.articles.recordJournal(id, base, text(base + 1));
      const { revision } = await services.articles.save(id, base, text(base + 1));
      revisions.set(id, revision);
      process.stdout.write(`ack ${id} ${revision}\n`);
    }
  }),
);
