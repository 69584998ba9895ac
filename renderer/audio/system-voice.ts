import type { SpeechLike } from './audio-types';

/**
 * The system voice through Web Speech, for lines with no recorded clip. Described
 * structurally: the node typecheck that also compiles this file has no DOM lib.
 */

/** Generously longer than any voice takes to say the line (about 14 characters a second). */
export function systemVoiceLimitMs(line: string): number {
  return 5000 + line.length * 150;
}

interface VoiceLike {
  lang: string;
}
interface UtteranceLike {
  volume: number;
  rate: number;
  lang: string;
  voice: VoiceLike | null;
  onend: unknown;
  onerror: unknown;
}
interface SpeechGlobals {
  speechSynthesis?: {
    speak(utterance: UtteranceLike): void;
    cancel(): void;
    resume(): void;
    getVoices(): VoiceLike[];
  };
  SpeechSynthesisUtterance?: new (text: string) => UtteranceLike;
}

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The voice for a language: the system's for the exact locale, else one of the language.
 * null when the system lists voices and none speaks it (the line becomes a caption); undefined
 * when it lists none yet (Chromium loads them late), so the engine's default choice applies.
 */
export function voiceFor<V extends VoiceLike>(
  voices: readonly V[],
  language: string,
): V | null | undefined {
  if (voices.length === 0) return undefined;
  const exact = voices.find((voice) => voice.lang.toLowerCase() === language.toLowerCase());
  return exact ?? voices.find((voice) => primary(voice.lang) === primary(language)) ?? null;
}

/** Utterances still speaking: Chromium drops the end event of one that was collected. */
const speaking = new Set<UtteranceLike>();

export function browserSpeech(): SpeechLike | null {
  // An assertion, not an annotation: without the DOM lib globalThis shares no key with it.
  const scope = globalThis as SpeechGlobals;
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synth || !Utterance) return null;
  return {
    speak(text, volume, onEnd, language) {
      const voice = voiceFor(synth.getVoices(), language);
      if (voice === null) throw new Error(`This system has no voice for ${language}`);
      const utterance = new Utterance(text);
      utterance.volume = volume;
      utterance.lang = language;
      if (voice) utterance.voice = voice;
      // A touch slower than default suits guided practice.
      utterance.rate = 0.95;
      let done = false;
      const finish = (): void => {
        speaking.delete(utterance);
        if (done) return;
        done = true;
        onEnd();
      };
      utterance.onend = finish;
      // Cancelling fires 'error' ("interrupted") rather than 'end'; both close the line.
      utterance.onerror = finish;
      speaking.add(utterance);
      // A synthesiser left paused by an earlier page would hold every new line.
      synth.resume();
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
  };
}
