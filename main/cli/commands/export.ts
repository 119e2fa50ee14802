// `ktav export <article> --out page.html`: one article as a single HTML page.
import { exportArticleHtml } from '../../services/export/htmlExport.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

export const exportCommand: Command = {
  name: 'export',
  usage: ['export <article> --out page.html    the article as one HTML page'],
  options: { out: { type: 'string' } },
  async run({ services, out, args, options }) {
    const ref = args[0];
    if (!ref) throw new CliError('Which article? ktav export <article> --out page.html', 2);
    const s = await services();
    const summary = s.articles.resolve(ref);
    if (!summary) throw new CliError(`No article with id or slug "${ref}".`, 1);
    const path = await exportArticleHtml(await s.articles.get(summary.id), s.layout.exportsDir, options.out as string | undefined);
    print(out, { id: summary.id, path }, () => path);
    return 0;
  },
};
