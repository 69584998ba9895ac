import { useTranslation } from '../i18n/use-translation';
import { useVoiceAvailability } from '../audio/use-voice-availability';
import { i18n } from '../i18n/i18n';
import './VoiceNotice.css';

/**
 * Says so when the system has no voice for the language shown: guidance then shows as
 * captions, and the person learns where a voice can be added rather than wondering why
 * nothing is heard.
 */
export function VoiceNotice() {
  const { t } = useTranslation('ui');
  if (useVoiceAvailability() !== 'none') return null;
  const language =
    new Intl.DisplayNames([i18n.language], { type: 'language' }).of(i18n.language) ?? i18n.language;
  return (
    <p className="voice-notice" role="note">
      {t('voiceNotice.none', { language })}
    </p>
  );
}
