import { Howl } from 'howler';
import { clipsByText } from '../../content/narration-manifest';
import { AmbientBed } from './ambient-bed';
import {
  clamp01,
  CLIP_CACHE_SIZE,
  DEFAULT_AUDIO_SETTINGS,
  describe,
  type AudioEngineDeps,
  type AudioEvent,
  type AudioSettings,
  type ChimeKind,
  type HowlFactoryOptions,
  type HowlLike,
  type SoundContext,
  type SpeechLike,
} from './audio-types';
import { ChimeBank } from './chime-bank';
import { browserSpeech, systemVoiceLimitMs } from './system-voice';

/**
 * The sound of a session: narration clips (or the system voice), chimes and an ambient bed
 * that ducks under the voice. The player feeds it the clock's events; it never decides
 * timing itself. Every failure degrades to captions: the engine never throws at a caller
 * and never waits on a sound. This file holds the voice; the chimes and the bed are their
 * own parts (chime-bank.ts, ambient-bed.ts), sharing one SoundContext. It stays over 400
 * lines on purpose: clips, their cache and the system voice are one state machine (one line
 * at a time, with pause, fallback and ducking), and splitting it would scatter its rules.
 */

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
  private readonly chimes: ChimeBank;
  private readonly ambient: AmbientBed;

  private voice: Voice | null = null;
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
    const context: SoundContext = {
      baseUrl: this.baseUrl,
      settings: () => this.settings,
      createHowl: (options) => this.createHowl(options),
      broken: this.broken,
      emit: (event) => this.emit(event),
      logOnce: (key, message) => this.logOnce(key, message),
      isDisposed: () => this.disposed,
    };
    this.chimes = new ChimeBank(context);
    this.ambient = new AmbientBed(context);
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
      this.chimes.relevel();
      // Re-levelling the bed cuts short a fade in progress, so only a change that moves its
      // level does it (configure() also runs for settings that have nothing to do with sound).
      const relevel =
        before.muted !== settings.muted || before.ambientVolume !== settings.ambientVolume;
      this.ambient.configure(relevel);
    });
  }

  preload(lines: readonly string[]): void {
    if (this.disposed) return;
    this.guard('preload', () => {
      this.chimes.preload();
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
        // A step chime that rang late never talks over the words: it fades out under them.
        this.chimes.duckUnderVoice();
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
    this.guard('chime', () => this.chimes.play(kind));
  }

  startAmbient(): void {
    if (this.disposed) return;
    this.guard('startAmbient', () => this.ambient.start());
  }

  stopAmbient(): void {
    if (this.disposed) return;
    this.guard('stopAmbient', () => this.ambient.stop());
  }

  stopAll(): void {
    if (this.disposed) return;
    this.guard('stopAll', () => {
      this.stopVoice();
      this.voiceIdle();
      this.chimes.stopAll();
      this.ambient.stop();
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
      this.ambient.pause();
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
      this.ambient.resume();
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
      for (const entry of this.clips.values()) entry.howl.unload();
      this.clips.clear();
      this.chimes.unloadAll();
      this.ambient.unloadAll();
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
    this.ambient.setDucked(true);
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
    this.ambient.setDucked(true);
    try {
      speech.speak(
        line,
        this.voiceLevel(),
        () => this.onSystemEnd(token),
        this.settings.voiceLanguage,
      );
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
    this.ambient.setDucked(false);
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
