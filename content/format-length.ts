/**
 * A length of time in words, the one way the app writes one (library cards, the routine
 * screen, the builder, the player, history, and the planner's messages): rounded to whole
 * seconds, then "45 s" under a minute, else "12 min" or "4 min 30 s".
 *
 * Pure: no DOM, no Node, so main's planner and the renderer both use it. A countdown clock
 * ("4:05") is not a length and has its own formatter (renderer/player/playback-time.ts).
 */
export interface LengthWords {
  seconds(count: number): string;
  minutes(count: number): string;
  minutesSeconds(minutes: number, seconds: number): string;
}

const ENGLISH: LengthWords = {
  seconds: (count) => `${count} s`,
  minutes: (count) => `${count} min`,
  minutesSeconds: (minutes, seconds) => `${minutes} min ${seconds} s`,
};

/** The rule is one; the words are the language's (renderer/i18n/format.ts passes its own). */
export function formatLength(seconds: number, words: LengthWords = ENGLISH): string {
  const whole = Math.round(seconds);
  if (whole < 60) return words.seconds(whole);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? words.minutes(minutes) : words.minutesSeconds(minutes, rest);
}
