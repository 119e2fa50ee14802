// `ktav import <file…> [--json]`: .docx, .md, .html and .txt files become new draft articles.
import type { Command } from '../command.js';
import type { ImportOutcomeInfo } from '../../../shared/model/repository.js';
import { CliError, print } from '../output.js';

export const importCommand: Command = {
  name: 'import',
  usage: ['import <file…> [--json]            .docx .md .html .txt → new articles'],
  async run({ repo, out, args }) {
    if (args.length === 0) throw new CliError('ktav import needs at least one file, for example: ktav import article.docx', 2);
    const [imports, { said }] = await Promise.all([repo.imports(), import('../words.js')]);
    const results = said<ImportOutcomeInfo[]>(await imports.importFiles(args));
    print(out, results, () =>
      results
        .map((r) =>
          r.error
            ? `✗ ${r.file}: ${r.error.message}`
            : `✓ ${r.file} → ${r.id}\t${r.headline || '(ללא כותרת)'}${r.picturesLeftOut ? `\t(${r.picturesLeftOut} pictures not imported)` : ''}`,
        )
        .join('\n'),
    );
    return results.some((r) => r.error) ? 1 : 0;
  },
};
