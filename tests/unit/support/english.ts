import { startI18n } from '../../../renderer/i18n/i18n';

// The renderer's words come from its catalogs; unit tests read them in English, as the
// e2e tests do unless they choose another language.
await startI18n('en', 'en');
