// The small repository the start benches open: ten articles (of six paragraphs unless asked
// otherwise), saved through the services as the window saves them.
import { createServices } from '../main/services/services.js';
import { MemorySettings } from '../main/services/settings/settingsStore.js';
import { articleDoc, para } from '../tests/support/docs.js';

export async function makeSmallRepository(repo: string, { articles = 10, paragraphs = 6 } = {}): Promise<void> {
  const services = await createServices(repo, new MemorySettings());
  try {
    for (let i = 0; i < articles; i++) {
      const file = await services.articles.create();
      const body = Array.from({ length: paragraphs }, (_, p) => para(`פסקה ${p + 1} של הכתבה, עם שם באנגלית (Tel Aviv Municipality) ומספר 3.5%.`));
      await services.articles.save(file.id, 0, articleDoc(`כתבה ${i + 1}: מועצת העיר אישרה את תקציב 2027`, body, 'הדיון נמשך עד חצות', 'דנה לוי'));
    }
  } finally {
    await services.close();
  }
}
