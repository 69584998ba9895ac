import type { SpeechLike } from './audio-types';

/**
 * The system voice through Web Speech, for lines with no recorded clip. Described
 * structurally: the node typecheck that also compiles this file has no DOM lib.
 */

/** Generously longer than any voice takes to say the line (about 14 characters a second). */
export function systemVoiceLimitMs(line: string): number {
  return 5000 + line.length * 150;
}

interface UtteranceLike {
  volume: number;
  rate: number;
  lang: string;
  onend: unknown;
  onerror: unknown;
}
interface SpeechGlobals {
  speechSynthesis?: { speak(utterance: UtteranceLike): void; cancel(): void; resume(): void };
  SpeechSynthesisUtterance?: new (text: string) => UtteranceLike;
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
    speak(text, volume, onEnd) {
      const utterance = new Utterance(text);
      utterance.volume = volume;
      utterance.lang = 'en-US';
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
