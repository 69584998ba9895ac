import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startI18n } from '../i18n/i18n';
import { pageLanguage } from '../i18n/page-language';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const { language, locale, pseudo } = pageLanguage();
// English is in the entry, so this resolves at once; another language's catalogs come first.
void startI18n(language, locale, { pseudo }).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
