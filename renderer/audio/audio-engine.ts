import { Howl } from 'howler';
import { clipsByText, type NarrationManifest } from '../../content/narration-manifest';

/**
 * The sound of a session: narration clips (or the system voice), chimes and an ambient bed
 * that ducks under the voice. The player feeds it the clock's events; it never decides
 * timing itself. Every failure degrades to captions: the engine never throws at a caller
 * and never waits on a sound.
 *
 * The file is also compiled by the node typecheck (the unit tests import it), which has no
 * DOM lib, so browser APIs are reached through small structural types, never DOM names.
 */

export type NarrationSource = 'built-in' | 'system' | 'off';
export type AmbientKind = 'off' | 'brown-noise' | 'rain';
export type ChimeKind = 'step' | 'halfway' | 'end' | 'count';

export interface AudioSettings {
  voiceVolume: number;
  chimeVolume: number;
  ambientVolume: number; // 0..1
  muted: boolean;
  narrationSource: NarrationSource;
  ambient: AmbientKind;
  /** Speak lines that have no clip (a user's own steps) with the system voice. */
  systemVoiceForMissing: boolean;
}

export interface AudioEvent {
  type: 'load' | 'play' | 'end' | 'error' | 'speak' | 'skip';
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
  /** With a sound id, resumes that paused sound (howler's play(id)). */
  play(id?: number): number | undefined;
  stop(): unknown;
  pause(): unknown;
  unload(): void;
  volume(v?: number): unknown;
  fade(from: number, to: number, ms: number): unknown;
  once(event: string, fn: (...args: unknown[]) => void): unknown;
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  state(): 'unloaded' | 'loading' | 'loaded';
}

export interface HowlFactoryOptions {
  src: string[];
  format?: string[];
  preload: boolean;
  loop?: boolean;
  volume: number;
  html5?: boolean;
}

export interface SpeechLike {
  speak(text: string, volume: number, onEnd: () => void): void;
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
};

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

const CHIME_FILES: Record<ChimeKind, string> = {
  step: 'chime-step.ogg',
  halfway: 'chime-halfway.ogg',
  end: 'chime-end.ogg',
  count: 'chime-halfway.ogg',
};
const AMBIENT_FILES: Record<Exclude<AmbientKind, 'off'>, string> = {
  'brown-noise': 'ambient-brown-noise.ogg',
  rain: 'ambient-rain.ogg',
};
const CHIME_KINDS = Object.keys(CHIME_FILES) as ChimeKind[];

interface ClipEntry {
  file: string;
  howl: HowlLike;
}

type Voice =
  | {
      kind: 'clip';
      text: string;
      entry: ClipEntry;
      soundId: number | undefined;
      started: boolean;
      paused: boolean;
    }
  | {
      kind: 'system';
      text: string;
      /** Tells a current utterance's end from a cancelled one's late callback. */
      token: number;
      paused: boolean;
      watchdog: ReturnType<typeof setTimeout> | undefined;
    };

interface Ambient {
  kind: Exclude<AmbientKind, 'off'>;
  howl: HowlLike;
  soundId: number | undefined;
  started: boolean;
  paused: boolean;
}

export class AudioEngine {
  private readonly baseUrl: string;
  private readonly clipFor: (text: string) => { file: string } | undefined;
  private readonly hasManifest: boolean;
  private readonly createHowl: (options: HowlFactoryOptions) => HowlLike;
  private readonly speech: SpeechLike | null;
  private readonly now: () => number;
  private readonly log: (message: string) => void;

  private settings: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS };
  private readonly listeners = new Set<(event: AudioEvent) => void>();
  /** Insertion order is use order: the first entry is the least recently used. */
  private readonly clips = new Map<string, ClipEntry>();
  /** Files asked for by the latest preload(): never evicted, they are about to play. */
  private wanted = new Set<string>();
  /** Files (clips, chimes, ambient) that failed once; they are never loaded again. */
  private readonly broken = new Set<string>();
  /** Keys already logged, so a retried failure is not logged again. */
  private readonly logged = new Set<string>();
  private readonly chimes = new Map<ChimeKind, HowlLike>();
  private readonly ambientHowls = new Map<Exclude<AmbientKind, 'off'>, HowlLike>();

  private voice: Voice | null = null;
  private ambient: Ambient | null = null;
  /** startAmbient() was called and stopAmbient() not since: settings changes follow it. */
  private ambientWanted = false;
  private ducked = false;
  private nextToken = 1;
  private disposed = false;

  constructor(deps: AudioEngineDeps) {
    this.baseUrl = deps.baseUrl;
    this.hasManifest = deps.manifest !== null;
    this.clipFor = deps.manifest ? clipsByText(deps.manifest) : () => undefined;
    this.createHowl = deps.createHowl ?? ((options) => new Howl(options));
    this.speech = deps.speech === undefined ? browserSpeech() : deps.speech;
    this.now = deps.now ?? (() => performance.now());
    this.log = deps.log ?? ((message) => console.warn(message));
  }

  configure(settings: AudioSettings): void {
    if (this.disposed) return;
    this.guard('configure', () => {
      const before = this.settings;
      this.settings = { ...settings };
      const voice = this.voice;
      if (voice?.kind === 'clip') voice.entry.howl.volume(this.voiceLevel());
      // The system voice takes its volume when it starts; muting is the one change that
      // cannot wait for the next line.
      if (voice?.kind === 'system' && settings.muted) {
        this.stopVoice();
        this.voiceIdle();
      }
      for (const [kind, howl] of this.chimes) howl.volume(this.chimeLevel(kind));
      // Re-levelling the bed cuts short a fade in progress, so only a change that moves its
      // level does it (configure() also runs for settings that have nothing to do with sound).
      const relevel =
        before.muted !== settings.muted || before.ambientVolume !== settings.ambientVolume;
      if (this.ambientWanted) this.syncAmbient(relevel);
    });
  }

  preload(lines: readonly string[]): void {
    if (this.disposed) return;
    this.guard('preload', () => {
      for (const kind of CHIME_KINDS) this.chimeHowl(kind);
      if (this.settings.narrationSource !== 'built-in') return;
      const files = new Set<string>();
      for (const line of lines) {
        const clip = this.clipFor(line);
        if (clip && !this.broken.has(clip.file)) files.add(clip.file);
      }
      this.wanted = files;
      for (const file of files) this.clipEntry(file);
    });
  }

  speak(text: string): void {
    if (this.disposed) return;
    const line = text.trim();
    if (!line) return;
    this.guard(
      'speak',
      () => {
        // One voice at a time. The bed stays ducked across the switch so it does not pump.
        this.stopVoice();
        const source = this.settings.narrationSource;
        if (source === 'off') {
          this.skipLine(line);
          return;
        }
        if (source === 'system') {
          if (!this.speakWithSystem(line)) this.skipLine(line);
          return;
        }
        const clip = this.clipFor(line);
        if (!clip) {
          // No manifest at all is a chosen mode (captions/system voice), not a fault.
          if (this.hasManifest) {
            this.logOnce(`no-clip:${line}`, `Narration: no clip for "${line}"`);
            this.emit({ type: 'error', channel: 'voice', name: 'no-clip', text: line });
          }
          this.fallBack(line);
          return;
        }
        if (this.broken.has(clip.file)) {
          this.emit({ type: 'error', channel: 'voice', name: clip.file, text: line });
          this.fallBack(line);
          return;
        }
        const entry = this.clipEntry(clip.file);
        entry.howl.volume(this.voiceLevel());
        const voice: Voice = {
          kind: 'clip',
          text: line,
          entry,
          soundId: undefined,
          started: false,
          paused: false,
        };
        this.voice = voice;
        // Synchronous: a loaded Web Audio clip starts at once; one still loading is queued by
        // howler and starts when decoded.
        const id = entry.howl.play();
        voice.soundId = typeof id === 'number' ? id : undefined;
      },
      // A line that cannot start is captioned, and the bed is not left ducked under nothing.
      () => this.skipLine(line),
    );
  }

  chime(kind: ChimeKind): void {
    if (this.disposed) return;
    this.guard('chime', () => {
      const howl = this.chimeHowl(kind);
      if (!howl) {
        this.emit({ type: 'skip', channel: 'chime', name: kind });
        return;
      }
      howl.volume(this.chimeLevel(kind));
      howl.play();
    });
  }

  startAmbient(): void {
    if (this.disposed) return;
    this.guard('startAmbient', () => {
      this.ambientWanted = true;
      this.syncAmbient(false);
    });
  }

  stopAmbient(): void {
    if (this.disposed) return;
    this.guard('stopAmbient', () => {
      this.ambientWanted = false;
      this.stopAmbientSound();
    });
  }

  stopAll(): void {
    if (this.disposed) return;
    this.guard('stopAll', () => {
      this.stopVoice();
      this.voiceIdle();
      for (const howl of this.chimes.values()) howl.stop();
      this.ambientWanted = false;
      this.stopAmbientSound();
    });
  }

  pause(): void {
    if (this.disposed) return;
    this.guard('pause', () => {
      const voice = this.voice;
      if (voice && !voice.paused) {
        voice.paused = true;
        if (voice.kind === 'clip') {
          voice.entry.howl.pause();
        } else {
          // Web Speech pause/resume is unreliable (Chromium on Linux ignores it), so the
          // line is cut here and said again from its start on resume.
          voice.token = this.nextToken++;
          this.clearWatchdog(voice);
          this.speech?.cancel();
        }
      }
      if (this.ambient && !this.ambient.paused) {
        this.ambient.paused = true;
        this.ambient.howl.pause();
      }
    });
  }

  resume(): void {
    if (this.disposed) return;
    this.guard('resume', () => {
      const voice = this.voice;
      if (voice?.paused) {
        voice.paused = false;
        if (voice.kind === 'clip') {
          voice.entry.howl.volume(this.voiceLevel());
          voice.entry.howl.play(voice.soundId);
        } else {
          this.voice = null;
          if (!this.speakWithSystem(voice.text)) this.skipLine(voice.text);
        }
      }
      const ambient = this.ambient;
      if (ambient?.paused) {
        ambient.paused = false;
        ambient.howl.play(ambient.soundId);
      }
    });
  }

  onEvent(listener: (event: AudioEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.guard('dispose', () => {
      this.stopAll();
      const howls = [
        ...[...this.clips.values()].map((entry) => entry.howl),
        ...this.chimes.values(),
        ...this.ambientHowls.values(),
      ];
      for (const howl of howls) howl.unload();
      this.clips.clear();
      this.chimes.clear();
      this.ambientHowls.clear();
    });
    this.listeners.clear();
    this.disposed = true;
  }

  // --- voice ---------------------------------------------------------------------------

  private voiceLevel(): number {
    return this.settings.muted ? 0 : clamp01(this.settings.voiceVolume);
  }

  /** The cached Howl for a clip, created (and loading) if new; marks it most recently used. */
  private clipEntry(file: string): ClipEntry {
    const cached = this.clips.get(file);
    if (cached) {
      this.clips.delete(file);
      this.clips.set(file, cached);
      return cached;
    }
    const howl = this.createHowl({
      src: [`${this.baseUrl}narration/${file}`],
      format: ['opus'],
      preload: true,
      volume: this.voiceLevel(),
      html5: false,
    });
    const entry: ClipEntry = { file, howl };
    howl.on('load', () => this.emit({ type: 'load', channel: 'voice', name: file }));
    howl.on('play', (id) => this.onClipPlay(entry, id));
    howl.on('end', (id) => this.onClipEnd(entry, id));
    howl.on('loaderror', (_id, error) => this.onClipError(entry, 'load', error));
    howl.on('playerror', (_id, error) => this.onClipError(entry, 'play', error));
    this.clips.set(file, entry);
    this.evictClips(file);
    return entry;
  }

  /** Unloads the least recently used clips beyond the limit, except those about to play. */
  private evictClips(keep: string): void {
    for (const [file, entry] of this.clips) {
      if (this.clips.size <= CLIP_CACHE_SIZE) return;
      if (file === keep || this.wanted.has(file) || this.isSpeaking(entry)) continue;
      this.clips.delete(file);
      entry.howl.unload();
    }
  }

  private isSpeaking(entry: ClipEntry): boolean {
    return this.voice?.kind === 'clip' && this.voice.entry === entry;
  }

  /** Howler's events carry the sound id; an event from a line already cut off is ignored. */
  private currentClip(entry: ClipEntry, id: unknown): Extract<Voice, { kind: 'clip' }> | null {
    const voice = this.voice;
    if (voice?.kind !== 'clip' || voice.entry !== entry) return null;
    if (voice.soundId !== undefined && typeof id === 'number' && id !== voice.soundId) return null;
    return voice;
  }

  private onClipPlay(entry: ClipEntry, id: unknown): void {
    const voice = this.currentClip(entry, id);
    // Howler reports a resume as another 'play'; only the start is news.
    if (!voice || voice.started) return;
    voice.started = true;
    this.emit({ type: 'play', channel: 'voice', name: entry.file, text: voice.text });
    this.setDucked(true);
  }

  private onClipEnd(entry: ClipEntry, id: unknown): void {
    const voice = this.currentClip(entry, id);
    if (!voice) return;
    this.emit({ type: 'end', channel: 'voice', name: entry.file, text: voice.text });
    this.voiceIdle();
  }

  private onClipError(entry: ClipEntry, stage: 'load' | 'play', error: unknown): void {
    if (this.disposed) return;
    this.guard('clip error', () => {
      const voice = this.currentClip(entry, undefined);
      this.broken.add(entry.file);
      this.logOnce(
        `clip:${entry.file}`,
        `Narration clip ${entry.file} failed to ${stage}: ${describe(error)}`,
      );
      this.emit({ type: 'error', channel: 'voice', name: entry.file, text: voice?.text });
      if (this.clips.get(entry.file) === entry) this.clips.delete(entry.file);
      entry.howl.unload();
      if (voice) {
        this.voice = null;
        this.fallBack(voice.text);
      }
    });
  }

  /** No playable clip: the system voice when the user allows it, else captions only. */
  private fallBack(line: string): void {
    if (this.settings.systemVoiceForMissing && this.speakWithSystem(line)) return;
    this.skipLine(line);
  }

  private skipLine(line: string): void {
    this.emit({ type: 'skip', channel: 'voice', name: 'captions', text: line });
    this.voiceIdle();
  }

  /** Hands the line to the system voice; false when it cannot be heard (the caller skips). */
  private speakWithSystem(line: string): boolean {
    const speech = this.speech;
    if (!speech) {
      this.logOnce('no-speech', 'Narration: no system voice in this window; captions only');
      return false;
    }
    // Web Speech volume is not honoured everywhere, so muted means not speaking at all.
    if (this.settings.muted) return false;
    const voice: Voice = {
      kind: 'system',
      text: line,
      token: this.nextToken++,
      paused: false,
      watchdog: undefined,
    };
    const token = voice.token;
    this.voice = voice;
    this.emit({ type: 'speak', channel: 'voice', name: 'system-voice', text: line });
    this.setDucked(true);
    try {
      speech.speak(line, this.voiceLevel(), () => this.onSystemEnd(token));
    } catch (error) {
      this.logOnce('speech-throws', `Narration: system voice failed: ${describe(error)}`);
      this.emit({ type: 'error', channel: 'voice', name: 'system-voice', text: line });
      if (this.voice === voice) this.voice = null;
      return false;
    }
    // Chromium sometimes never fires an utterance's end (long lines, a stuck engine); the
    // bed must not stay ducked for the rest of the session because of it.
    if (this.voice === voice) {
      voice.watchdog = setTimeout(() => this.onSystemEnd(token), systemVoiceLimitMs(line));
    }
    return true;
  }

  private onSystemEnd(token: number): void {
    const voice = this.voice;
    if (this.disposed || voice?.kind !== 'system' || voice.token !== token) return;
    this.emit({ type: 'end', channel: 'voice', name: 'system-voice', text: voice.text });
    this.voiceIdle();
  }

  private clearWatchdog(voice: Voice): void {
    if (voice.kind === 'system' && voice.watchdog !== undefined) {
      clearTimeout(voice.watchdog);
      voice.watchdog = undefined;
    }
  }

  /** Silences the current line without touching the ducking; the caller decides what next. */
  private stopVoice(): void {
    const voice = this.voice;
    if (!voice) return;
    this.voice = null;
    this.clearWatchdog(voice);
    if (voice.kind === 'clip') voice.entry.howl.stop();
    else this.speech?.cancel();
  }

  private voiceIdle(): void {
    if (this.voice) this.clearWatchdog(this.voice);
    this.voice = null;
    this.setDucked(false);
  }

  // --- chimes --------------------------------------------------------------------------

  private chimeLevel(kind: ChimeKind): number {
    if (this.settings.muted) return 0;
    const level = clamp01(this.settings.chimeVolume);
    return kind === 'count' ? level * COUNT_CHIME_RATIO : level;
  }

  /**
   * One Howl per kind: 'count' shares the halfway file but needs its own volume, and
   * howler's buffer cache decodes the shared file once.
   */
  private chimeHowl(kind: ChimeKind): HowlLike | null {
    const existing = this.chimes.get(kind);
    if (existing) return existing;
    const file = CHIME_FILES[kind];
    if (this.broken.has(file)) return null;
    const howl = this.createHowl({
      src: [`${this.baseUrl}sounds/${file}`],
      format: ['ogg'],
      preload: true,
      volume: this.chimeLevel(kind),
      html5: false,
    });
    howl.on('load', () => this.emit({ type: 'load', channel: 'chime', name: kind }));
    howl.on('play', () => this.emit({ type: 'play', channel: 'chime', name: kind }));
    howl.on('end', () => this.emit({ type: 'end', channel: 'chime', name: kind }));
    const failed = (stage: string, error: unknown): void => {
      if (this.disposed || this.chimes.get(kind) !== howl) return;
      this.broken.add(file);
      this.logOnce(`sound:${file}`, `Chime ${file} failed to ${stage}: ${describe(error)}`);
      this.emit({ type: 'error', channel: 'chime', name: kind });
      // Both kinds that share the file are dropped, so neither retries it.
      for (const [other, otherHowl] of this.chimes) {
        if (CHIME_FILES[other] !== file) continue;
        this.chimes.delete(other);
        otherHowl.unload();
      }
    };
    howl.on('loaderror', (_id, error) => failed('load', error));
    howl.on('playerror', (_id, error) => failed('play', error));
    this.chimes.set(kind, howl);
    return howl;
  }

  // --- ambient -------------------------------------------------------------------------

  private ambientLevel(): number {
    if (this.settings.muted) return 0;
    const level = clamp01(this.settings.ambientVolume);
    return this.ducked ? level * DUCK_RATIO : level;
  }

  private setDucked(ducked: boolean): void {
    if (this.ducked === ducked) return;
    this.ducked = ducked;
    const ambient = this.ambient;
    if (!ambient) return;
    const current = ambient.howl.volume();
    const from = typeof current === 'number' ? current : this.ambientLevel();
    ambient.howl.fade(from, this.ambientLevel(), ducked ? DUCK_FADE_MS : UNDUCK_FADE_MS);
  }

  /** Brings the bed in line with the settings: starts, switches, re-levels or stops it. */
  private syncAmbient(relevel: boolean): void {
    const kind = this.settings.ambient;
    if (kind === 'off') {
      this.stopAmbientSound();
      return;
    }
    if (this.ambient?.kind === kind) {
      if (relevel) this.ambient.howl.volume(this.ambientLevel());
      return;
    }
    this.stopAmbientSound();
    const file = AMBIENT_FILES[kind];
    if (this.broken.has(file)) {
      this.emit({ type: 'skip', channel: 'ambient', name: kind });
      return;
    }
    // A decoded loop is several megabytes; only the bed in use is kept.
    for (const [other, howl] of this.ambientHowls) {
      if (other === kind) continue;
      this.ambientHowls.delete(other);
      howl.unload();
    }
    const howl = this.ambientHowl(kind);
    const ambient: Ambient = { kind, howl, soundId: undefined, started: false, paused: false };
    this.ambient = ambient;
    howl.volume(0);
    const id = howl.play();
    ambient.soundId = typeof id === 'number' ? id : undefined;
    howl.fade(0, this.ambientLevel(), AMBIENT_FADE_IN_MS);
  }

  private ambientHowl(kind: Exclude<AmbientKind, 'off'>): HowlLike {
    const existing = this.ambientHowls.get(kind);
    if (existing) return existing;
    const file = AMBIENT_FILES[kind];
    // Web Audio loops the decoded buffer sample-exactly; an HTML5 audio loop leaves a gap.
    const howl = this.createHowl({
      src: [`${this.baseUrl}sounds/${file}`],
      format: ['ogg'],
      preload: true,
      loop: true,
      volume: 0,
      html5: false,
    });
    howl.on('load', () => this.emit({ type: 'load', channel: 'ambient', name: kind }));
    howl.on('play', () => {
      const ambient = this.ambient;
      // Howler reports every loop pass and every resume as 'play'; only the start is news.
      if (ambient?.howl !== howl || ambient.started) return;
      ambient.started = true;
      this.emit({ type: 'play', channel: 'ambient', name: kind });
    });
    const failed = (stage: string, error: unknown): void => {
      if (this.disposed || this.ambientHowls.get(kind) !== howl) return;
      this.broken.add(file);
      this.logOnce(`sound:${file}`, `Ambient ${file} failed to ${stage}: ${describe(error)}`);
      this.emit({ type: 'error', channel: 'ambient', name: kind });
      if (this.ambient?.howl === howl) this.ambient = null;
      this.ambientHowls.delete(kind);
      howl.unload();
    };
    howl.on('loaderror', (_id, error) => failed('load', error));
    howl.on('playerror', (_id, error) => failed('play', error));
    this.ambientHowls.set(kind, howl);
    return howl;
  }

  /** A loop has no natural end, so 'end' is reported when the bed is stopped. */
  private stopAmbientSound(): void {
    const ambient = this.ambient;
    if (!ambient) return;
    this.ambient = null;
    ambient.howl.stop();
    if (ambient.started) this.emit({ type: 'end', channel: 'ambient', name: ambient.kind });
  }

  // --- plumbing ------------------------------------------------------------------------

  private emit(event: Omit<AudioEvent, 'at'>): void {
    const full: AudioEvent = { ...event, at: this.now() };
    if (full.text === undefined) delete full.text;
    for (const listener of [...this.listeners]) {
      try {
        listener(full);
      } catch (error) {
        this.log(`Audio event listener failed: ${describe(error)}`);
      }
    }
  }

  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log(message);
  }

  /** Sound is an extra: a failure inside the engine is logged, never thrown at the player. */
  private guard(action: string, run: () => void, recover?: () => void): void {
    try {
      run();
    } catch (error) {
      this.logOnce(`throw:${action}`, `Audio ${action} failed: ${describe(error)}`);
      if (!recover) return;
      try {
        recover();
      } catch {
        // Recovery is best effort; the failure above is already logged.
      }
    }
  }
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}

/** Generously longer than any voice takes to say the line (about 14 characters a second). */
function systemVoiceLimitMs(line: string): number {
  return 5000 + line.length * 150;
}

// --- Web Speech, described structurally (see the note at the top) -----------------------

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

function browserSpeech(): SpeechLike | null {
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
