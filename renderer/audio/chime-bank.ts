import {
  clamp01,
  BREATH_TONE_RATIO,
  COUNT_CHIME_RATIO,
  describe,
  type ChimeKind,
  type HowlLike,
  type SoundContext,
} from './audio-types';

const CHIME_FILES: Record<ChimeKind, string> = {
  step: 'chime-step.ogg',
  end: 'chime-end.ogg',
  count: 'chime-halfway.ogg',
  breath: 'chime-halfway.ogg',
};
const CHIME_KINDS = Object.keys(CHIME_FILES) as ChimeKind[];

/** How fast a late chime fades out under the voice. */
const CHIME_DUCK_MS = 150;

/** The chimes: one Howl per kind, loaded on first use, dropped for good when its file fails. */
export class ChimeBank {
  private readonly howls = new Map<ChimeKind, HowlLike>();

  constructor(private readonly context: SoundContext) {}

  /** Loads every chime ahead of the first step. */
  preload(): void {
    for (const kind of CHIME_KINDS) this.howl(kind);
  }

  play(kind: ChimeKind): void {
    const howl = this.howl(kind);
    // A chime still loading would ring late, over the words that follow it: skip it instead.
    if (!howl || howl.state() !== 'loaded') {
      this.context.emit({ type: 'skip', channel: 'chime', name: kind });
      return;
    }
    howl.volume(this.level(kind));
    howl.play();
  }

  /** Follows a volume or mute change. */
  relevel(): void {
    for (const [kind, howl] of this.howls) howl.volume(this.level(kind));
  }

  /**
   * Fades a step or end chime still ringing when a line starts: the plan leaves the chime
   * room to ring alone, so this only acts when the chime itself started late.
   */
  duckUnderVoice(): void {
    for (const kind of ['step', 'end'] as const) {
      const howl = this.howls.get(kind);
      if (!howl?.playing()) continue;
      howl.fade(this.level(kind), 0, CHIME_DUCK_MS);
      this.context.emit({ type: 'duck', channel: 'chime', name: kind });
    }
  }

  stopAll(): void {
    for (const howl of this.howls.values()) howl.stop();
  }

  unloadAll(): void {
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
  }

  private level(kind: ChimeKind): number {
    const settings = this.context.settings();
    if (settings.muted) return 0;
    const level = clamp01(settings.chimeVolume);
    if (kind === 'count') return level * COUNT_CHIME_RATIO;
    return kind === 'breath' ? level * BREATH_TONE_RATIO : level;
  }

  /**
   * One Howl per kind: 'count' and 'breath' share the soft tone but need their own volumes, and
   * howler's buffer cache decodes the shared file once.
   */
  private howl(kind: ChimeKind): HowlLike | null {
    const existing = this.howls.get(kind);
    if (existing) return existing;
    const { context } = this;
    const file = CHIME_FILES[kind];
    if (context.broken.has(file)) return null;
    const howl = context.createHowl({
      src: [`${context.baseUrl}sounds/${file}`],
      format: ['ogg'],
      preload: true,
      volume: this.level(kind),
      html5: false,
    });
    howl.on('load', () => context.emit({ type: 'load', channel: 'chime', name: kind }));
    howl.on('play', () => context.emit({ type: 'play', channel: 'chime', name: kind }));
    howl.on('end', () => context.emit({ type: 'end', channel: 'chime', name: kind }));
    const failed = (stage: string, error: unknown): void => {
      if (context.isDisposed() || this.howls.get(kind) !== howl) return;
      context.broken.add(file);
      context.logOnce(`sound:${file}`, `Chime ${file} failed to ${stage}: ${describe(error)}`);
      context.emit({ type: 'error', channel: 'chime', name: kind });
      // Both kinds that share the file are dropped, so neither retries it.
      for (const [other, otherHowl] of this.howls) {
        if (CHIME_FILES[other] !== file) continue;
        this.howls.delete(other);
        otherHowl.unload();
      }
    };
    howl.on('loaderror', (_id, error) => failed('load', error));
    howl.on('playerror', (_id, error) => failed('play', error));
    this.howls.set(kind, howl);
    return howl;
  }
}
