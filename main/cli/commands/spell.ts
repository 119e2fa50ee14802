// `ktav spell <article> [--json]`: the article's misspelled words (headline, lead, body,
// captions, pull quotes and their attribution), each with where it is and the dictionary's first
// suggestions. Exit 1 when there is any, 0 when there is none. `ktav spell --add <word>
// [--like <model>]` adds a word to the newsroom's dictionary (dictionary.txt in the repository),
// with the prefixes the model word takes (a noun's, by default).
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

/** Suggestions asked per misspelled word (each may take up to half a second). */
const SUGGESTIONS = 3;

export const spellCommand: Command = {
  name: 'spell',
  usage: [
    'spell <article> [--json]                 misspelled words, with suggestions (exit 1: any)',
    'spell --add <word> [--like <model>]      add a word to the newsroom dictionary, with the prefixes <model> takes',
  ],
  options: {
    add: { type: 'string' },
    like: { type: 'string' },
  },
  async run({ repo, out, args, options }) {
    const spelling = await repo.spelling();
    const add = options.add as string | undefined;
    if (add !== undefined) {
      const word = add.trim();
      if (!word || /\s/.test(word)) throw new CliError('ktav spell --add takes one word.', 2);
      const added = await spelling.addWord(word, options.like as string | undefined);
      print(out, { word, added, file: spelling.wordsFile }, () => (added ? `נוספה למילון המערכת: ${word}` : `כבר במילון המערכת: ${word}`));
      return 0;
    }
    const ref = args[0];
    if (!ref) throw new CliError('Which article? ktav spell <article>', 2);
    const [articles, { docFromJSON }, { placeOf }, { said }] = await Promise.all([
      repo.articles(),
      import('../../../shared/editor/document.js'),
      import('../../services/export/gate.js'),
      import('../words.js'),
    ]);
    const summary = articles.resolve(ref);
    if (!summary) throw new CliError(`No article with id or slug "${ref}".`, 1);
    const doc = docFromJSON((await articles.get(summary.id)).doc);
    const findings = (await spelling.checkDocument(doc, SUGGESTIONS)).map((f) => ({
      word: f.word,
      lang: f.lang,
      where: `${said<{ label: string }>(placeOf(doc, f.block)).label}${f.field === 'attribution' ? ' (ייחוס)' : ''}`,
      pos: f.pos,
      context: f.excerpt,
      suggestions: f.suggestions,
    }));
    print(out, { id: summary.id, findings }, () =>
      findings.map((f) => `${f.where}\t«${f.word}»\t${f.suggestions.length ? `→ ${f.suggestions.join(', ')}` : '(אין הצעות)'}\t…${f.context}…`).join('\n'),
    );
    return findings.length ? 1 : 0;
  },
};
