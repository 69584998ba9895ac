import type { NarrationManifest } from '../../content/narration-manifest';

/**
 * What the audio engine and its parts share: settings, the events they report, the small
 * slices of howler and Web Speech they use (so tests can pass fakes), and their levels.
 *
 * Compiled by the node typecheck too (the unit tests import it), which has no DOM lib, so
 * browser APIs are reached through small structural types, never DOM names.
 */

export type NarrationSource = 'built-in' | 'system' | 'off';
export type AmbientKind = 'off' | 'brown-noise' | 'rain';
export type ChimeKind = 'step' | 'end' | 'count' | 'breath';

export interface AudioSettings {
  voiceVolume: number;
  chimeVolume: number;
  ambientVolume: number; // 0..1
  muted: boolean;
  narrationSource: NarrationSource;
  ambient: AmbientKind;
  /** Speak lines that have no clip (a user's own steps) with the system voice. */
  systemVoiceForMissing: boolean;
  /** The language the lines are in ("de-DE"): the system voice must be one of it. */
  voiceLanguage: string;
}

export interface AudioEvent {
  type: 'load' | 'play' | 'end' | 'error' | 'speak' | 'skip' | 'duck';
  channel: 'voice' | 'chime' | 'ambient';
  /** Clip file, chime kind, ambient kind, 'system-voice', 'captions' or 'no-clip'. */
  name: string;
  /** The narration line, for voice events. */
  text?: string;
  /** performance.now() in the page. */
  at: number;
}

/** The minimum of howler's Howl the engine uses, so tests can pass a fake. */
export interface HowlLike {
  /** With a sound id, resumes that paused sound (howler's play(id)); a name plays a sprite. */
  play(idOrSprite?: number | string): number | undefined;
  stop(): unknown;
  pause(): unknown;
  unload(): void;
  volume(v?: number): unknown;
  fade(from: number, to: number, ms: number): unknown;
  once(event: string, fn: (...args: unknown[]) => void): unknown;
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  state(): 'unloaded' | 'loading' | 'loaded';
  playing(): boolean;
}

export interface HowlFactoryOptions {
  src: string[];
  format?: string[];
  preload: boolean;
  loop?: boolean;
  volume: number;
  html5?: boolean;
  /** Named parts of the file: [offset ms, duration ms, loop]. */
  sprite?: Record<string, [number, number, boolean]>;
}

export interface SpeechLike {
  /** Throws when the system has no voice for the language: the line is then a caption. */
  speak(text: string, volume: number, onEnd: () => void, language: string): void;
  cancel(): void;
}

export interface AudioEngineDeps {
  /** Where assets are served, e.g. './' → './narration/<file>', './sounds/chime-step.ogg'. */
  baseUrl: string;
  /** null: no clips (captions/system voice only). */
  manifest: NarrationManifest | null;
  /** Default: new Howl(...). */
  createHowl?: (options: HowlFactoryOptions) => HowlLike;
  /** Default: wraps window.speechSynthesis when present; null: no system voice. */
  speech?: SpeechLike | null;
  /** Default: performance.now(). */
  now?: () => number;
  /** Default: console.warn. */
  log?: (message: string) => void;
}

/** Used until the first configure(); the player configures before it plays. */
export const DEFAULT_AUDIO_SETTINGS: AudioSettings = {
  voiceVolume: 0.9,
  chimeVolume: 0.6,
  ambientVolume: 0.3,
  muted: false,
  narrationSource: 'built-in',
  ambient: 'off',
  systemVoiceForMissing: false,
  voiceLanguage: 'en-US',
};

/**
 * An ambient file holds its 30-s loop with 0.4 s of the loop's own end before it and
 * of its start after it. Web Audio loops between loopStart and loopEnd sample-exactly, so the
 * codec's edge effects at the file's ends are never played and the wrap has no tick.
 * `npm run sounds` writes the files this way.
 */
export const AMBIENT_LOOP_SPRITE: [number, number, boolean] = [400, 30_000, true];

/** Decoded clips cost about 1 MB each; 40 covers several steps back and forth. */
export const CLIP_CACHE_SIZE = 40;
/** The ambient level under the voice, as a share of its normal level. */
export const DUCK_RATIO = 0.3;
export const DUCK_FADE_MS = 300;
/** Coming back up more slowly than going down sounds less like pumping. */
export const UNDUCK_FADE_MS = 600;
/** A bed that starts at full level startles; a short fade-in does not. */
export const AMBIENT_FADE_IN_MS = 1000;
/** The count-in ticks use the halfway chime, softer, so the step chime stays distinct. */
export const COUNT_CHIME_RATIO = 0.6;
/** A breath tone (later breathing rounds) is softer still: a nudge, not a signal. */
export const BREATH_TONE_RATIO = 0.45;

/** What a chime bank or an ambient bed needs from the engine that owns it. */
export interface SoundContext {
  baseUrl: string;
  settings(): AudioSettings;
  createHowl(options: HowlFactoryOptions): HowlLike;
  /** Files that failed to load or play: never tried again this session. */
  broken: Set<string>;
  emit(event: Omit<AudioEvent, 'at'>): void;
  logOnce(key: string, message: string): void;
  isDisposed(): boolean;
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}
