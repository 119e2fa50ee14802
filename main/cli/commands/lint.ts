// `ktav lint <article>`: the typography findings of the house style, each with its rule, the
// text found, where it is and the fix. Exit 1 when the house style counts any of them as an
// error, 0 otherwise (warnings are printed and pass).
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

export const lintCommand: Command = {
  name: 'lint',
  usage: ['lint <article> [--json]                  typography findings (exit 1: an error of the house style)'],
  async run({ repo, out, args }) {
    const ref = args[0];
    if (!ref) throw new CliError('Which article? ktav lint <article>', 2);
    const [articles, houseStyle, { docFromJSON }, { lintDocument }, { placeOf }, { said }] = await Promise.all([
      repo.articles(),
      repo.houseStyle(),
      import('../../../shared/editor/document.js'),
      import('../../../shared/hebrew/lint.js'),
      import('../../services/export/gate.js'),
      import('../words.js'),
    ]);
    const summary = articles.resolve(ref);
    if (!summary) throw new CliError(`No article with id or slug "${ref}".`, 1);
    const doc = docFromJSON((await articles.get(summary.id)).doc);
    const findings = lintDocument(doc, await houseStyle.get()).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      found: doc.textBetween(f.pos.from, f.pos.to),
      fix: f.replacement,
      where: said<{ label: string }>(placeOf(doc, f.block)).label,
      pos: f.pos,
      context: f.excerpt,
      message: f.message,
    }));
    print(out, { id: summary.id, findings }, () =>
      findings.map((f) => `${f.where}\t${f.rule}\t«${f.found}»\t→ ${f.fix === null ? '(לבדיקה ידנית)' : `«${f.fix}»`}\t${f.message}`).join('\n'),
    );
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
