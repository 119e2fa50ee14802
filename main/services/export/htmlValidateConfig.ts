// The html-validate rules an exported page must pass (`ktav verify` and the tests). The
// recommended set, less the rules that judge style rather than validity.
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Hebrew typography uses characters html-validate would have us escape for no reason.
    'no-raw-characters': 'off',
    // The page is one file with a small inline stylesheet on purpose: nothing to fetch.
    'no-inline-style': 'off',
    // Long lines of text are content, not markup.
    'long-title': 'off',
  },
};
