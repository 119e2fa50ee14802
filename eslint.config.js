// Lint, including the layering rules of ARCHITECTURE.md: shared/ imports neither main/ nor
// renderer/ nor any Node or Electron API; renderer/ never imports main/; only
// main/shells/electron/ imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = { regex: '^node:', message: 'shared/ and renderer/ run without Node: no node: imports.' };
const electron = { regex: '^electron(-store)?$', message: 'Only main/shells/electron/ may import electron.' };
const intoMain = { regex: '(^|/)main/', message: 'This layer may not import from main/.' };
const intoRenderer = { regex: '(^|/)renderer/', message: 'This layer may not import from renderer/.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoMain, intoRenderer, nodeBuiltins, electron, { regex: '^react', message: 'shared/ has no UI.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: [intoMain, nodeBuiltins, electron] }] },
  },
  {
    files: ['main/**/*.{ts,mjs}'],
    ignores: ['main/shells/electron/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: [intoRenderer, electron] }] },
  },
  {
    // Services throw KtavErrors and give Phrases; only the dispatcher and `ktav` put them into words.
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [intoRenderer, electron, { regex: '(^|/)shared/i18n/', message: 'Services do not translate: throw a KtavError or give a Phrase (shared/api/errors.ts).' }] },
      ],
    },
  },
  {
    files: ['main/shells/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: [intoRenderer] }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.{ts,mjs}', '*.config.{ts,mjs,js}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
