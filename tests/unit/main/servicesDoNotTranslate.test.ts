// The lint rule that keeps translation out of services: a service importing the message tables
// (or the translation) fails `npm run lint`; the dispatcher may.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const RULE_MESSAGE = /Services do not translate/;

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('services do not translate', () => {
  it('refuses an import of the message tables or the translation in main/services', async () => {
    const tables = `import { he } from '../../../shared/i18n/messages.js';\nexport const text = he.internal;\n`;
    const translation = `import { translate } from '../../../shared/i18n/translate.js';\nexport const text = translate('he', 'internal');\n`;
    expect(await lintAs('main/services/media/speaks.ts', tables)).toEqual([expect.stringMatching(RULE_MESSAGE)]);
    expect(await lintAs('main/services/articles/speaks.ts', translation)).toEqual([expect.stringMatching(RULE_MESSAGE)]);
  });

  it('lets the dispatcher translate, and a service throw a coded error', async () => {
    const translation = `import { translate } from '../../shared/i18n/translate.js';\nexport const text = translate('he', 'internal');\n`;
    expect(await lintAs('main/api/speaks.ts', translation)).toEqual([]);
    const coded = `import { KtavError } from '../../../shared/api/errors.js';\nexport const refuse = (id: string) => new KtavError('not-found', 'articleNotFound', { id });\n`;
    expect(await lintAs('main/services/articles/refuses.ts', coded)).toEqual([]);
  });
});
