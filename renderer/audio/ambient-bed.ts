import {
  AMBIENT_FADE_IN_MS,
  AMBIENT_LOOP_SPRITE,
  clamp01,
  describe,
  DUCK_FADE_MS,
  DUCK_RATIO,
  UNDUCK_FADE_MS,
  type AmbientKind,
  type HowlLike,
  type SoundContext,
} from './audio-types';

type BedKind = Exclude<AmbientKind, 'off'>;

const AMBIENT_FILES: Record<BedKind, string> = {
  // Lossless: a lossy codec rebuilds the two ends of so smooth a loop differently (a tick).
  'brown-noise': 'ambient-brown-noise.flac',
  rain: 'ambient-rain.ogg',
};

interface Playing {
  kind: BedKind;
  howl: HowlLike;
  soundId: number | undefined;
  started: boolean;
  paused: boolean;
}

/** The ambient bed: a seamless loop that fades in, and ducks under the voice. */
export class AmbientBed {
  private readonly howls = new Map<BedKind, HowlLike>();
  private playing: Playing | null = null;
  /** Whether the session wants a bed at all (between start and stop). */
  private wanted = false;
  private ducked = false;

  constructor(private readonly context: SoundContext) {}

  start(): void {
    this.wanted = true;
    this.sync(false);
  }

  stop(): void {
    this.wanted = false;
    this.stopSound();
  }

  /** Follows the settings while a bed is wanted; `relevel` when its level may have moved. */
  configure(relevel: boolean): void {
    if (this.wanted) this.sync(relevel);
  }

  pause(): void {
    if (this.playing && !this.playing.paused) {
      this.playing.paused = true;
      this.playing.howl.pause();
    }
  }

  resume(): void {
    const playing = this.playing;
    if (playing?.paused) {
      playing.paused = false;
      playing.howl.play(playing.soundId);
    }
  }

  /** Lowers the bed under a voice, and brings it back up more slowly afterwards. */
  setDucked(ducked: boolean): void {
    if (this.ducked === ducked) return;
    this.ducked = ducked;
    const playing = this.playing;
    if (!playing) return;
    const current = playing.howl.volume();
    const from = typeof current === 'number' ? current : this.level();
    playing.howl.fade(from, this.level(), ducked ? DUCK_FADE_MS : UNDUCK_FADE_MS);
  }

  unloadAll(): void {
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
  }

  private level(): number {
    const settings = this.context.settings();
    if (settings.muted) return 0;
    const level = clamp01(settings.ambientVolume);
    return this.ducked ? level * DUCK_RATIO : level;
  }

  /** Brings the bed in line with the settings: starts, switches, re-levels or stops it. */
  private sync(relevel: boolean): void {
    const kind = this.context.settings().ambient;
    if (kind === 'off') {
      this.stopSound();
      return;
    }
    if (this.playing?.kind === kind) {
      if (relevel) this.playing.howl.volume(this.level());
      return;
    }
    this.stopSound();
    const file = AMBIENT_FILES[kind];
    if (this.context.broken.has(file)) {
      this.context.emit({ type: 'skip', channel: 'ambient', name: kind });
      return;
    }
    // A decoded loop is several megabytes; only the bed in use is kept.
    for (const [other, howl] of this.howls) {
      if (other === kind) continue;
      this.howls.delete(other);
      howl.unload();
    }
    const howl = this.howl(kind);
    const playing: Playing = { kind, howl, soundId: undefined, started: false, paused: false };
    this.playing = playing;
    howl.volume(0);
    const id = howl.play('loop');
    playing.soundId = typeof id === 'number' ? id : undefined;
    howl.fade(0, this.level(), AMBIENT_FADE_IN_MS);
  }

  private howl(kind: BedKind): HowlLike {
    const existing = this.howls.get(kind);
    if (existing) return existing;
    const { context } = this;
    const file = AMBIENT_FILES[kind];
    // Web Audio loops the decoded buffer sample-exactly; an HTML5 audio loop leaves a gap.
    const howl = context.createHowl({
      src: [`${context.baseUrl}sounds/${file}`],
      format: [file.endsWith('.flac') ? 'flac' : 'ogg'],
      preload: true,
      loop: true,
      volume: 0,
      html5: false,
      sprite: { loop: AMBIENT_LOOP_SPRITE },
    });
    howl.on('load', () => context.emit({ type: 'load', channel: 'ambient', name: kind }));
    howl.on('play', () => {
      const playing = this.playing;
      // Howler reports every loop pass and every resume as 'play'; only the start is news.
      if (playing?.howl !== howl || playing.started) return;
      playing.started = true;
      context.emit({ type: 'play', channel: 'ambient', name: kind });
    });
    const failed = (stage: string, error: unknown): void => {
      if (context.isDisposed() || this.howls.get(kind) !== howl) return;
      context.broken.add(file);
      context.logOnce(`sound:${file}`, `Ambient ${file} failed to ${stage}: ${describe(error)}`);
      context.emit({ type: 'error', channel: 'ambient', name: kind });
      if (this.playing?.howl === howl) this.playing = null;
      this.howls.delete(kind);
      howl.unload();
    };
    howl.on('loaderror', (_id, error) => failed('load', error));
    howl.on('playerror', (_id, error) => failed('play', error));
    this.howls.set(kind, howl);
    return howl;
  }

  /** A loop has no natural end, so 'end' is reported when the bed is stopped. */
  private stopSound(): void {
    const playing = this.playing;
    if (!playing) return;
    this.playing = null;
    playing.howl.stop();
    if (playing.started) {
      this.context.emit({ type: 'end', channel: 'ambient', name: playing.kind });
    }
  }
}
