import { loadScreenCatalogs, startI18n } from '../../../renderer/i18n/i18n';

// The renderer's words come from its catalogs; unit tests read them in English, as the
// e2e tests do unless they choose another language. A test may render any screen, so the
// English that the app loads with each screen is loaded here at once.
await startI18n('en', 'en');
await loadScreenCatalogs();
