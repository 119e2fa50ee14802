// `ktav search <query> [--json]`: full-text search of the repository, best matches first,
// with the matching words marked «like this» in each snippet.
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

export const searchCommand: Command = {
  name: 'search',
  usage: ['search <query> [--json]            full-text search (Hebrew prefixes, niqqud and final letters understood)'],
  async run({ repo, out, args }) {
    const query = args.join(' ').trim();
    if (!query) throw new CliError('ktav search needs a query, for example: ktav search ירושלים', 2);
    const results = await (await repo.search()).search(query);
    print(out, results, () =>
      results
        .map((r) => {
          const snippet = r.snippet.map((p) => (p.hit ? `«${p.text}»` : p.text)).join('');
          return `${r.id}\t${r.status}\t${r.headline || '(ללא כותרת)'}${snippet ? `\n    ${snippet}` : ''}`;
        })
        .join('\n'),
    );
    return 0;
  },
};
