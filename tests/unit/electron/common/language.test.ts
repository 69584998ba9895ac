import { describe, expect, it } from 'vitest';
import { resolveLanguage, resolveLocale } from '../../../../electron/common/language';

describe('the language a person gets', () => {
  it('is their choice in Settings, whatever the system prefers', () => {
    expect(resolveLanguage('de', ['es-ES', 'en-US'])).toBe('de');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
  });

  it('follows the first of the system’s languages that Unknot has', () => {
    expect(resolveLanguage('system', ['fr-FR', 'de-AT', 'es'])).toBe('de');
    expect(resolveLanguage('system', ['ES_mx'])).toBe('es');
    expect(resolveLanguage('system', ['en-GB', 'de'])).toBe('en');
  });

  it('is English when the system prefers none of them, or says nothing', () => {
    expect(resolveLanguage('system', ['fr-FR', 'ja'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('system', [''])).toBe('en');
  });

  it('formats in the system’s regional variant of the chosen language', () => {
    expect(resolveLocale('de', ['fr-FR', 'de-AT'])).toBe('de-AT');
    expect(resolveLocale('es', ['es_MX'])).toBe('es-MX');
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
    expect(resolveLocale('de', [])).toBe('de');
  });
});
