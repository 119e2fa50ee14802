// The renderer's lint rules, run through ESLint's own API on snippets placed (by file path) inside
// feature folders: an import the feature table forbids is an error and an allowed one is not, and
// a call to main whose outcome is dropped is an error.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('feature imports', () => {
  it('refuses an import the table does not allow, from any depth of the folder', async () => {
    const top = await problems("export { LibraryScreen } from '../library/LibraryScreen';\n", 'renderer/features/editor/Probe.ts');
    expect(top).toEqual([expect.stringMatching(/^ktav\/feature-imports: features\/editor may not import features\/library/)]);
    const deep = await problems("import { IMPORT_ACCEPT } from '../../library/importArticles';\nexport const a = IMPORT_ACCEPT;\n", 'renderer/features/editor/figures/Probe.ts');
    expect(deep).toEqual([expect.stringMatching(/^ktav\/feature-imports: features\/editor may not import features\/library/)]);
  });

  it('refuses the reverse of an allowed edge, so the table stays acyclic', async () => {
    const found = await problems("import { insertFigures } from '../editor/figures/insertFigure';\nexport const f = insertFigures;\n", 'renderer/features/media/Probe.ts');
    expect(found).toEqual([expect.stringMatching(/features\/media may not import features\/editor/)]);
  });

  it('refuses features importing the app shell, and shared UI importing a feature', async () => {
    expect(await problems("import { App } from '../../app/App';\nexport const a = App;\n", 'renderer/features/library/Probe.ts')).toHaveLength(1);
    expect(await problems("import { mediaStore } from '../features/media/mediaStore';\nexport const m = mediaStore;\n", 'renderer/ui/Probe.ts')).toHaveLength(1);
  });

  it('accepts an allowed import, its own folder, and the layers every feature uses', async () => {
    const code = [
      "import { mediaStore } from '../../media/mediaStore';",
      "import { figuresOf } from './figureChanges';",
      "import { ktav } from '../../../platform/api';",
      "import { TextDiff } from '../../../ui/TextDiff';",
      "import { articleSchema } from '../../../../shared/editor/schema';",
      'export const all = [mediaStore, figuresOf, ktav, TextDiff, articleSchema];',
      '',
    ].join('\n');
    expect(await problems(code, 'renderer/features/editor/figures/Probe.ts')).toEqual([]);
  });
});

describe('calls to main', () => {
  const file = 'renderer/features/library/Probe.ts';
  const head = "import { ktav, shown } from '../../platform/api';\nexport const show = shown;\n";

  it('refuses a call whose outcome is dropped', async () => {
    for (const body of [
      'export async function f() {\n  await ktav.article.trash({ id: "x" });\n}\n',
      'export function f() {\n  void ktav.article.trash({ id: "x" });\n}\n',
      'export function f(set: (n: number) => void) {\n  void ktav.article.list({}).then((o) => o.ok && set(o.value.length));\n}\n',
      'export async function f(set: (n: number) => void) {\n  const o = await ktav.article.list({});\n  if (o.ok) set(o.value.length);\n}\n',
    ]) {
      expect(await problems(head + body, file), body).toEqual([expect.stringMatching(/^no-restricted-syntax: A call to main must not drop its outcome/)]);
    }
  });

  it('accepts a call whose failure is shown', async () => {
    const body = 'export async function f(set: (n: number) => void) {\n  const list = show(await ktav.article.list({}));\n  if (list) set(list.length);\n}\n';
    expect(await problems(head + body, file)).toEqual([]);
  });
});
