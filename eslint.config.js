// Lint, including the layering rules: shared/ imports neither main/ nor renderer/ nor any Node or
// Electron API; renderer/ never imports main/; only main/shells/electron/ imports electron; a
// renderer feature imports only the features its row of FEATURE_IMPORTS names; and no renderer
// code calls main and drops the outcome.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Which renderer features (folders of renderer/features/) each feature may import. Acyclic: a
 * feature only names features listed above it. Every feature may also use renderer/platform,
 * renderer/ui, renderer/i18n and shared/; none imports renderer/app (the shell that puts them
 * together), and renderer/ui and renderer/platform import no feature.
 */
export const FEATURE_IMPORTS = {
  commands: [],
  sync: ['commands'],
  publish: ['commands'],
  media: ['commands', 'sync'], // a picture's credit conflict
  export: ['commands', 'publish'], // publishing to the site sits beside the package export
  editor: ['commands', 'media', 'publish', 'sync'], // figures show pictures from the media library; where the article is on the web; the article's conflict
  library: ['commands', 'export', 'sync'], // the library exports the chosen articles; conflict marks
  settings: ['commands', 'library', 'media', 'publish', 'sync'], // the search index status; credit templates; sites; sharing
};

/** Where a file of renderer/ belongs: a feature's name, or the top folder (app, ui, platform, i18n). */
function rendererPart(file) {
  const parts = path.relative(import.meta.dirname, file).split(path.sep);
  if (parts[0] !== 'renderer' || parts.length < 3) return null;
  return parts[1] === 'features' ? (parts.length > 3 ? { feature: parts[2] } : null) : { top: parts[1] };
}

function allowed(from, to) {
  if (from.feature && to.feature) return from.feature === to.feature || (FEATURE_IMPORTS[from.feature] ?? []).includes(to.feature);
  if (to.top === 'app') return !!from.top && from.top === 'app';
  if (to.feature) return from.top === 'app' || from.top === 'i18n'; // i18n gathers the features' strings
  return true;
}

/** `ktav/feature-imports`: resolves each relative import and checks it against FEATURE_IMPORTS. */
const featureImports = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{to}} (see FEATURE_IMPORTS in eslint.config.js).' } },
  create(context) {
    const from = rendererPart(context.filename);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = rendererPart(path.resolve(path.dirname(context.filename), spec));
      if (!to || allowed(from, to)) return;
      const name = (p) => (p.feature ? `features/${p.feature}` : p.top);
      context.report({ node: node.source, messageId: 'forbidden', data: { from: name(from), to: name(to) } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const focusedTests = { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' };
// A call to main whose outcome is thrown away: a failure would vanish. Use `unwrap` in a try that
// shows the error, or `shown(...)` (renderer/platform/api.ts).
const droppedCall = 'CallExpression[callee.object.object.name="ktav"][callee.object.property.name!="on"]';
const droppedOutcome = 'A call to main must not drop its outcome: show a failure (unwrap and catch, or shown()).';
const droppedCalls = [
  { selector: `ExpressionStatement > ${droppedCall}`, message: droppedOutcome },
  { selector: `ExpressionStatement > AwaitExpression > ${droppedCall}`, message: droppedOutcome },
  { selector: `UnaryExpression[operator="void"] > ${droppedCall}`, message: droppedOutcome },
  { selector: `UnaryExpression[operator="void"] > AwaitExpression > ${droppedCall}`, message: droppedOutcome },
  // `if (o.ok) use(o.value);` with no else, and `.then((o) => o.ok && use(o.value))`, do nothing
  // when the call failed.
  { selector: 'IfStatement[alternate=null] > MemberExpression.test[property.name="ok"]', message: droppedOutcome },
  { selector: 'CallExpression[callee.property.name="then"] > ArrowFunctionExpression > LogicalExpression[operator="&&"] > MemberExpression.left[property.name="ok"]', message: droppedOutcome },
];

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
      'no-restricted-syntax': ['error', focusedTests],
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
    plugins: { ktav: { rules: { 'feature-imports': featureImports } } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoMain, nodeBuiltins, electron] }],
      'ktav/feature-imports': 'error',
      'no-restricted-syntax': ['error', focusedTests, ...droppedCalls],
    },
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
    files: ['tests/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}', '*.config.{ts,mjs,js}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
