// The renderer's entry: fonts, styles, the interface language from settings, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/rubik/400.css';
import '@fontsource/rubik/500.css';
import '@fontsource/rubik/700.css';
import '@fontsource/frank-ruhl-libre/400.css';
import '@fontsource/frank-ruhl-libre/700.css';
import 'prosemirror-view/style/prosemirror.css';
import './styles/app.css';
import { ktav, unwrap } from './platform/api';
import './platform/lifecycle';
import { i18n, initI18n } from './i18n';
import { App } from './app/App';

// The three calls the first screen needs go out together; the article list is asked for here,
// not after the first render, so that the library is drawn with its articles at once.
const [settingsOutcome, infoOutcome, listOutcome] = await Promise.all([ktav.settings.get({}), ktav.app.info({}), ktav.article.list({})]);
const settings = unwrap(settingsOutcome);
const info = unwrap(infoOutcome);
await initI18n(settings.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App initialSettings={settings} initialArticles={listOutcome.ok ? listOutcome.value : null} repoDir={info.repoDir} settingsSetAside={info.settingsSetAside} />
    </I18nextProvider>
  </StrictMode>,
);
