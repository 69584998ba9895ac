import { useSyncExternalStore } from 'react';
import { currentFormatLocale, i18n } from '../i18n/i18n';
import { voiceFor } from './system-voice';

/**
 * Whether guidance can be heard in the language shown: 'recorded' (English, the app's own
 * voice), 'system' (a system voice speaks the language), 'none' (the system has voices but
 * none for it: lines show as captions), 'unknown' (no speech engine, or its voices are not
 * listed yet; Chromium lists them late and says so with 'voiceschanged').
 */
export type VoiceAvailability = 'recorded' | 'system' | 'none' | 'unknown';

function availability(): VoiceAvailability {
  if (i18n.language === 'en') return 'recorded';
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth) return 'unknown';
  const voice = voiceFor(synth.getVoices(), currentFormatLocale());
  return voice === undefined ? 'unknown' : voice === null ? 'none' : 'system';
}

function subscribe(changed: () => void): () => void {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  synth?.addEventListener('voiceschanged', changed);
  return () => synth?.removeEventListener('voiceschanged', changed);
}

export function useVoiceAvailability(): VoiceAvailability {
  return useSyncExternalStore(subscribe, availability);
}
