// `ktav list [--status S] [--json]`: the articles of the repository, newest first.
import { ARTICLE_STATUSES } from '../../../shared/model/articleStatus.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

export const listCommand: Command = {
  name: 'list',
  usage: [`list [--status S] [--json]          the articles (S: ${ARTICLE_STATUSES.join(', ')})`],
  options: { status: { type: 'string' } },
  async run({ repo, out, options }) {
    const status = options.status as string | undefined;
    if (status !== undefined && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new CliError(`Unknown status "${status}"; use one of: ${ARTICLE_STATUSES.join(', ')}`, 2);
    }
    const articles = (await repo.articles()).list().filter((a) => !status || a.status === status);
    print(out, articles, () =>
      articles
        .map((a) => `${a.id}\t${a.status}\t${a.updatedAt.slice(0, 16).replace('T', ' ')}\t${a.words}\t${a.headline || '(ללא כותרת)'}`)
        .join('\n'),
    );
    return 0;
  },
};
