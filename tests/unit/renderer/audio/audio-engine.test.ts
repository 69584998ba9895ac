import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NarrationManifest } from '../../../../content/narration-manifest';
import { AudioEngine } from '../../../../renderer/audio/audio-engine';
import {
  AMBIENT_FADE_IN_MS,
  AMBIENT_LOOP_SPRITE,
  CLIP_CACHE_SIZE,
  DEFAULT_AUDIO_SETTINGS,
  DUCK_FADE_MS,
  DUCK_RATIO,
  UNDUCK_FADE_MS,
  type AudioEvent,
  type AudioSettings,
  type HowlFactoryOptions,
  type HowlLike,
  type SpeechLike,
} from '../../../../renderer/audio/audio-types';

/**
 * The audio engine against a fake howler: each fake Howl records what the engine asked of
 * it, and the test fires howler's events ('load', 'play', 'end', 'loaderror', 'playerror')
 * by hand, so no AudioContext is needed.
 */

type Call = [string, ...unknown[]];
let soundIds = 1000;

class FakeHowl implements HowlLike {
  readonly calls: Call[] = [];
  private readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  private level: number;
  private loadState: 'unloaded' | 'loading' | 'loaded' = 'loading';
  private sounding = false;
  lastId: number | undefined;

  constructor(readonly options: HowlFactoryOptions) {
    this.level = options.volume;
  }

  /** Like howler: a number resumes that sound; nothing or a sprite name starts a new one. */
  play(idOrSprite?: number | string): number | undefined {
    this.calls.push(['play', idOrSprite]);
    this.lastId = typeof idOrSprite === 'number' ? idOrSprite : soundIds++;
    this.sounding = true;
    return this.lastId;
  }
  stop(): this {
    this.calls.push(['stop']);
    this.sounding = false;
    return this;
  }
  pause(): this {
    this.calls.push(['pause']);
    this.sounding = false;
    return this;
  }
  playing(): boolean {
    return this.sounding;
  }
  unload(): void {
    this.calls.push(['unload']);
    this.loadState = 'unloaded';
  }
  volume(v?: number): unknown {
    if (v === undefined) return this.level;
    this.calls.push(['volume', v]);
    this.level = v;
    return this;
  }
  fade(from: number, to: number, ms: number): this {
    this.calls.push(['fade', from, to, ms]);
    this.level = to;
    return this;
  }
  on(event: string, fn: (...args: unknown[]) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: (...args: unknown[]) => void): this {
    const wrapped = (...args: unknown[]): void => {
      this.handlers.set(
        event,
        (this.handlers.get(event) ?? []).filter((f) => f !== wrapped),
      );
      fn(...args);
    };
    return this.on(event, wrapped);
  }
  state(): 'unloaded' | 'loading' | 'loaded' {
    return this.loadState;
  }

  /** Fires a howler event as howler would: with the sound id (and an error for errors). */
  fire(event: string, ...args: unknown[]): void {
    if (event === 'load') this.loadState = 'loaded';
    if (event === 'end') this.sounding = false;
    for (const fn of this.handlers.get(event) ?? []) fn(...(args.length ? args : [this.lastId]));
  }
  count(name: string): number {
    return this.calls.filter((call) => call[0] === name).length;
  }
  get current(): number {
    return this.level;
  }
  get src(): string {
    return this.options.src[0]!;
  }
  get unloaded(): boolean {
    return this.loadState === 'unloaded';
  }
}

class FakeSpeech implements SpeechLike {
  readonly spoken: { text: string; volume: number; onEnd: () => void }[] = [];
  cancels = 0;
  speak(text: string, volume: number, onEnd: () => void): void {
    this.spoken.push({ text, volume, onEnd });
  }
  cancel(): void {
    this.cancels++;
  }
  get last(): { text: string; volume: number; onEnd: () => void } {
    return this.spoken.at(-1)!;
  }
}

const LINE_A = 'Sit tall and let your shoulders drop.';
const LINE_B = 'Breathe in slowly through your nose.';
const LINE_C = 'Switch sides.';
const OWN_LINE = 'My own step, written by me.';

function fileOf(index: number): string {
  return `${index.toString(16).padStart(16, '0')}.opus`;
}

/** A manifest with the three named lines and `extra` numbered ones. */
function manifestWith(extra = 0): NarrationManifest {
  const texts = [LINE_A, LINE_B, LINE_C, ...Array.from({ length: extra }, (_, i) => `Line ${i}.`)];
  const clips: NarrationManifest['clips'] = {};
  texts.forEach((text, i) => {
    clips[fileOf(i).slice(0, 16)] = { file: fileOf(i), seconds: 3, text };
  });
  return { version: 1, voice: 'test', clips };
}

interface Setup {
  engine: AudioEngine;
  howls: FakeHowl[];
  events: AudioEvent[];
  logs: string[];
  speech: FakeSpeech;
  settings: AudioSettings;
  howl(part: string): FakeHowl;
  howlsFor(part: string): FakeHowl[];
  ofType(type: AudioEvent['type'], channel?: AudioEvent['channel']): AudioEvent[];
}

function setup(
  options: {
    settings?: Partial<AudioSettings>;
    manifest?: NarrationManifest | null;
    noSpeech?: boolean;
    createHowl?: (options: HowlFactoryOptions) => HowlLike;
  } = {},
): Setup {
  const howls: FakeHowl[] = [];
  const events: AudioEvent[] = [];
  const logs: string[] = [];
  const speech = new FakeSpeech();
  const engine = new AudioEngine({
    baseUrl: './',
    manifest: options.manifest === undefined ? manifestWith() : options.manifest,
    createHowl:
      options.createHowl ??
      ((howlOptions) => {
        const howl = new FakeHowl(howlOptions);
        howls.push(howl);
        return howl;
      }),
    speech: options.noSpeech ? null : speech,
    now: () => 42,
    log: (message) => logs.push(message),
  });
  engine.onEvent((event) => events.push(event));
  const settings = { ...DEFAULT_AUDIO_SETTINGS, ...options.settings };
  engine.configure(settings);
  const howlsFor = (part: string): FakeHowl[] => howls.filter((h) => h.src.includes(part));
  return {
    engine,
    howls,
    events,
    logs,
    speech,
    settings,
    howlsFor,
    howl(part) {
      const found = howlsFor(part);
      expect(found, `one Howl for ${part}`).toHaveLength(1);
      return found[0]!;
    },
    ofType: (type, channel) =>
      events.filter((e) => e.type === type && (channel === undefined || e.channel === channel)),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('narration clips', () => {
  it('speaks a line with its pre-rendered clip', () => {
    const t = setup();
    t.engine.preload([LINE_A, LINE_B]);
    const clip = t.howl(`narration/${fileOf(0)}`);
    expect(clip.options).toMatchObject({
      src: [`./narration/${fileOf(0)}`],
      format: ['opus'],
      preload: true,
      html5: false,
    });
    clip.fire('load');
    expect(t.ofType('load', 'voice').map((e) => e.name)).toEqual([fileOf(0)]);

    const created = t.howls.length;
    t.engine.speak(LINE_A);
    // Started synchronously from the preloaded Howl: nothing new created, nothing awaited.
    expect(clip.count('play')).toBe(1);
    expect(t.howls).toHaveLength(created);
    expect(clip.current).toBe(DEFAULT_AUDIO_SETTINGS.voiceVolume);

    clip.fire('play');
    clip.fire('end');
    expect(t.events.filter((e) => e.channel === 'voice' && e.type !== 'load')).toEqual([
      { type: 'play', channel: 'voice', name: fileOf(0), text: LINE_A, at: 42 },
      { type: 'end', channel: 'voice', name: fileOf(0), text: LINE_A, at: 42 },
    ]);
  });

  it('plays a line that was not preloaded as soon as its clip loads', () => {
    const t = setup();
    t.engine.speak(`  ${LINE_C}  `);
    const clip = t.howl(`narration/${fileOf(2)}`);
    expect(clip.options.preload).toBe(true);
    expect(clip.count('play')).toBe(1);
    clip.fire('load');
    clip.fire('play');
    expect(t.ofType('play', 'voice')[0]).toMatchObject({ text: LINE_C });
  });

  it('a new line stops the one still speaking', () => {
    const t = setup();
    t.engine.preload([LINE_A, LINE_B]);
    const a = t.howl(fileOf(0));
    const b = t.howl(fileOf(1));
    t.engine.speak(LINE_A);
    a.fire('play');
    t.engine.speak(LINE_B);
    expect(a.count('stop')).toBe(1);
    expect(b.count('play')).toBe(1);

    // The cut-off line's late events are not mistaken for the new one's.
    a.fire('end');
    expect(t.ofType('end', 'voice')).toHaveLength(0);
    b.fire('play');
    b.fire('end');
    expect(t.ofType('end', 'voice').map((e) => e.text)).toEqual([LINE_B]);
  });

  it('saying the same line again restarts it', () => {
    const t = setup();
    t.engine.preload([LINE_A]);
    const a = t.howl(fileOf(0));
    t.engine.speak(LINE_A);
    t.engine.speak(LINE_A);
    expect(a.calls.map((c) => c[0]).filter((n) => n === 'play' || n === 'stop')).toEqual([
      'play',
      'stop',
      'play',
    ]);
  });

  it('ignores an empty line', () => {
    const t = setup();
    t.engine.speak('   ');
    expect(t.howls).toHaveLength(0);
    expect(t.events).toHaveLength(0);
  });
});

describe('system voice and captions', () => {
  it('a missing clip falls back to the system voice when allowed, else captions only', () => {
    const allowed = setup({ settings: { systemVoiceForMissing: true } });
    allowed.engine.speak(OWN_LINE);
    expect(allowed.speech.spoken.map((s) => s.text)).toEqual([OWN_LINE]);
    expect(allowed.speech.last.volume).toBe(DEFAULT_AUDIO_SETTINGS.voiceVolume);
    expect(allowed.events.map((e) => [e.type, e.name])).toEqual([
      ['error', 'no-clip'],
      ['speak', 'system-voice'],
    ]);
    allowed.speech.last.onEnd();
    expect(allowed.ofType('end', 'voice')).toMatchObject([{ text: OWN_LINE }]);

    const captions = setup({ settings: { systemVoiceForMissing: false } });
    captions.engine.speak(OWN_LINE);
    captions.engine.speak(OWN_LINE);
    expect(captions.speech.spoken).toHaveLength(0);
    expect(captions.howls).toHaveLength(0);
    expect(captions.ofType('skip', 'voice')).toMatchObject([
      { name: 'captions', text: OWN_LINE },
      { name: 'captions', text: OWN_LINE },
    ]);
    expect(captions.logs).toHaveLength(1);
  });

  it('captions only when the system voice is allowed but the page has none', () => {
    const t = setup({ settings: { systemVoiceForMissing: true }, noSpeech: true });
    t.engine.speak(OWN_LINE);
    expect(t.ofType('skip', 'voice')).toMatchObject([{ text: OWN_LINE }]);
  });

  it('without a manifest every line is captioned or spoken by the system voice, quietly', () => {
    const t = setup({ manifest: null, settings: { systemVoiceForMissing: true } });
    t.engine.speak(LINE_A);
    expect(t.speech.spoken.map((s) => s.text)).toEqual([LINE_A]);
    expect(t.ofType('error')).toHaveLength(0);
  });

  it('the system source speaks every line with the system voice, clip or not', () => {
    const t = setup({ settings: { narrationSource: 'system' } });
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    expect(t.howlsFor('narration/')).toHaveLength(0);
    expect(t.speech.spoken.map((s) => s.text)).toEqual([LINE_A]);
    expect(t.ofType('speak', 'voice')).toMatchObject([{ name: 'system-voice', text: LINE_A }]);
  });

  it('a new line cancels the system voice, and the cancelled line ending late changes nothing', () => {
    const t = setup({ settings: { narrationSource: 'system' } });
    t.engine.speak(LINE_A);
    const first = t.speech.last;
    t.engine.speak(LINE_B);
    expect(t.speech.cancels).toBe(1);
    first.onEnd();
    expect(t.ofType('end', 'voice')).toHaveLength(0);
    t.speech.last.onEnd();
    expect(t.ofType('end', 'voice')).toMatchObject([{ text: LINE_B }]);
  });

  it('a system voice that never reports its end is closed by a watchdog', () => {
    vi.useFakeTimers();
    const t = setup({ settings: { narrationSource: 'system' } });
    t.engine.speak(LINE_A);
    vi.advanceTimersByTime(60_000);
    expect(t.ofType('end', 'voice')).toMatchObject([{ text: LINE_A }]);
    t.speech.last.onEnd();
    expect(t.ofType('end', 'voice')).toHaveLength(1);
  });

  it('off speaks nothing but still reports the line', () => {
    const t = setup({ settings: { narrationSource: 'off', systemVoiceForMissing: true } });
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    t.engine.speak(OWN_LINE);
    expect(t.howlsFor('narration/')).toHaveLength(0);
    expect(t.speech.spoken).toHaveLength(0);
    expect(t.events.filter((e) => e.channel === 'voice')).toEqual([
      { type: 'skip', channel: 'voice', name: 'captions', text: LINE_A, at: 42 },
      { type: 'skip', channel: 'voice', name: 'captions', text: OWN_LINE, at: 42 },
    ]);
  });
});

describe('failures', () => {
  it('a broken clip is logged once and never retried', () => {
    const t = setup({ settings: { systemVoiceForMissing: false } });
    t.engine.preload([LINE_A]);
    const clip = t.howl(fileOf(0));
    clip.fire('loaderror', null, 'Decoding audio data failed.');
    expect(clip.unloaded).toBe(true);
    expect(t.logs).toHaveLength(1);
    expect(t.logs[0]).toContain(fileOf(0));
    expect(t.ofType('error', 'voice')).toMatchObject([{ name: fileOf(0) }]);

    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    t.engine.speak(LINE_A);
    expect(t.howlsFor(fileOf(0))).toHaveLength(1);
    expect(t.logs).toHaveLength(1);
    expect(t.ofType('error', 'voice')).toHaveLength(3);
    expect(t.ofType('skip', 'voice')).toHaveLength(2);
  });

  it('a clip failing while its line waits falls back to the system voice when allowed', () => {
    const t = setup({ settings: { systemVoiceForMissing: true } });
    t.engine.speak(LINE_A);
    t.howl(fileOf(0)).fire('loaderror', null, 'not found');
    expect(t.speech.spoken.map((s) => s.text)).toEqual([LINE_A]);
    expect(t.events.map((e) => e.type)).toEqual(['error', 'speak']);
  });

  it('a play error is treated like a load error', () => {
    const t = setup();
    t.engine.preload([LINE_B]);
    const clip = t.howl(fileOf(1));
    clip.fire('load');
    t.engine.speak(LINE_B);
    clip.fire('playerror', clip.lastId, 'play() failed');
    expect(t.ofType('error', 'voice')).toMatchObject([{ name: fileOf(1), text: LINE_B }]);
    expect(t.ofType('skip', 'voice')).toMatchObject([{ text: LINE_B }]);
    t.engine.speak(LINE_B);
    expect(t.howlsFor(fileOf(1))).toHaveLength(1);
    expect(t.logs).toHaveLength(1);
  });

  it('never throws, even when howler does', () => {
    const t = setup({
      createHowl: () => {
        throw new Error('no AudioContext');
      },
    });
    expect(() => {
      t.engine.preload([LINE_A]);
      t.engine.speak(LINE_A);
      t.engine.chime('step');
      t.engine.startAmbient();
      t.engine.pause();
      t.engine.resume();
      t.engine.stopAll();
      t.engine.dispose();
    }).not.toThrow();
    expect(t.logs.length).toBeGreaterThan(0);
  });

  it('a line whose clip cannot be created is captioned and the bed is not left ducked', () => {
    let failClips = false;
    const howls: FakeHowl[] = [];
    const t = setup({
      settings: { ambient: 'rain', ambientVolume: 0.5, narrationSource: 'system' },
      createHowl: (options) => {
        if (failClips && options.src[0]!.includes('narration/')) throw new Error('out of memory');
        const howl = new FakeHowl(options);
        howls.push(howl);
        return howl;
      },
    });
    t.engine.startAmbient();
    t.engine.speak(LINE_A);
    failClips = true;
    t.engine.configure({ ...t.settings, narrationSource: 'built-in' });
    t.engine.speak(LINE_B);
    expect(t.ofType('skip', 'voice')).toMatchObject([{ text: LINE_B }]);
    expect(howls[0]!.current).toBeCloseTo(0.5);
  });

  it('a throwing listener does not stop the others', () => {
    const t = setup({ settings: { narrationSource: 'off' } });
    t.engine.onEvent(() => {
      throw new Error('listener bug');
    });
    const seen: AudioEvent[] = [];
    t.engine.onEvent((event) => seen.push(event));
    t.engine.speak(LINE_A);
    expect(seen).toHaveLength(1);
    expect(t.logs).toHaveLength(1);
  });

  it('a broken chime is logged once and skipped after', () => {
    const t = setup();
    t.engine.chime('breath');
    t.howl('chime-halfway.ogg').fire('loaderror', null, 'bad file');
    t.engine.chime('breath');
    t.engine.chime('count');
    expect(t.howlsFor('chime-halfway.ogg')).toHaveLength(1);
    expect(t.logs).toHaveLength(1);
    // The first was still loading (skipped, not rung late); then the file is broken.
    expect(t.ofType('skip', 'chime').map((e) => e.name)).toEqual(['breath', 'breath', 'count']);
  });
});

describe('ambient bed', () => {
  it('loops the configured bed seamlessly and fades it in', () => {
    const t = setup({ settings: { ambient: 'rain', ambientVolume: 0.5 } });
    t.engine.startAmbient();
    const bed = t.howl('sounds/ambient-rain.ogg');
    expect(bed.options).toMatchObject({ loop: true, html5: false, preload: true });
    // Only the padded file's middle loops, so the codec's edges are never heard.
    expect(bed.options.sprite).toEqual({ loop: AMBIENT_LOOP_SPRITE });
    expect(bed.calls.filter((c) => c[0] === 'play')).toEqual([['play', 'loop']]);
    expect(bed.calls.find((c) => c[0] === 'fade')).toEqual(['fade', 0, 0.5, AMBIENT_FADE_IN_MS]);

    // Howler reports every loop pass as 'end' then 'play'; the bed started once.
    bed.fire('play');
    bed.fire('end');
    bed.fire('play');
    expect(t.events.filter((e) => e.channel === 'ambient').map((e) => e.type)).toEqual(['play']);

    t.engine.stopAmbient();
    expect(bed.count('stop')).toBe(1);
    expect(t.ofType('end', 'ambient')).toMatchObject([{ name: 'rain' }]);
  });

  it('ducks the ambient bed under the voice and brings it back', () => {
    const t = setup({ settings: { ambient: 'brown-noise', ambientVolume: 0.5 } });
    t.engine.startAmbient();
    const bed = t.howl('ambient-brown-noise.flac');
    bed.fire('load');
    t.engine.preload([LINE_A]);
    const clip = t.howl(fileOf(0));
    t.engine.speak(LINE_A);
    clip.fire('play');
    expect(bed.calls.at(-1)).toEqual(['fade', 0.5, 0.5 * DUCK_RATIO, DUCK_FADE_MS]);
    clip.fire('end');
    expect(bed.calls.at(-1)).toEqual(['fade', 0.5 * DUCK_RATIO, 0.5, UNDUCK_FADE_MS]);
  });

  it('ducks under the system voice too, and stays down from one line to the next', () => {
    const t = setup({
      settings: { ambient: 'rain', ambientVolume: 0.4, narrationSource: 'system' },
    });
    t.engine.startAmbient();
    const bed = t.howl('ambient-rain.ogg');
    const fades = (): number => bed.count('fade');
    const before = fades();
    t.engine.speak(LINE_A);
    expect(bed.current).toBeCloseTo(0.4 * DUCK_RATIO);
    t.engine.speak(LINE_B);
    expect(fades()).toBe(before + 1);
    t.speech.last.onEnd();
    expect(bed.current).toBeCloseTo(0.4);
    expect(fades()).toBe(before + 2);
  });

  it('a bed started while the voice speaks comes in already ducked', () => {
    const t = setup({
      settings: { ambient: 'rain', ambientVolume: 0.5, narrationSource: 'system' },
    });
    t.engine.speak(LINE_A);
    t.engine.startAmbient();
    expect(t.howl('ambient-rain.ogg').current).toBeCloseTo(0.5 * DUCK_RATIO);
  });

  it('follows the settings while playing: switches, stops and restarts the bed', () => {
    const t = setup({ settings: { ambient: 'rain' } });
    t.engine.startAmbient();
    const rain = t.howl('ambient-rain.ogg');
    rain.fire('play');
    t.engine.configure({ ...t.settings, ambient: 'brown-noise' });
    expect(rain.count('stop')).toBe(1);
    expect(rain.unloaded).toBe(true);
    const noise = t.howl('ambient-brown-noise.flac');
    expect(noise.count('play')).toBe(1);

    t.engine.configure({ ...t.settings, ambient: 'off' });
    expect(noise.count('stop')).toBe(1);
    t.engine.configure({ ...t.settings, ambient: 'brown-noise' });
    expect(noise.count('play')).toBe(2);

    // Not started: a settings change alone starts nothing.
    t.engine.stopAmbient();
    t.engine.configure({ ...t.settings, ambient: 'rain' });
    expect(t.howlsFor('ambient-rain.ogg')).toHaveLength(1);
  });

  it('off plays no bed', () => {
    const t = setup({ settings: { ambient: 'off' } });
    t.engine.startAmbient();
    expect(t.howlsFor('ambient-')).toHaveLength(0);
  });
});

describe('chimes', () => {
  it('plays each chime from its file and reports it', () => {
    const t = setup({ settings: { chimeVolume: 0.8 } });
    t.engine.preload([]);
    t.howl('./sounds/chime-step.ogg').fire('load');
    t.howl('./sounds/chime-end.ogg').fire('load');
    t.engine.chime('step');
    t.engine.chime('end');
    const step = t.howl('./sounds/chime-step.ogg');
    expect(step.options).toMatchObject({ preload: true, html5: false });
    expect(step.current).toBe(0.8);
    expect(t.howl('./sounds/chime-end.ogg').count('play')).toBe(1);
    step.fire('play');
    step.fire('end');
    expect(t.events.map((e) => [e.type, e.channel, e.name])).toEqual([
      ['load', 'chime', 'step'],
      ['load', 'chime', 'end'],
      ['play', 'chime', 'step'],
      ['end', 'chime', 'step'],
    ]);
  });

  it('fades a step chime still ringing when the words start, and leaves a finished one be', () => {
    const t = setup({ settings: { chimeVolume: 0.5 } });
    t.engine.preload([LINE_A]);
    const step = t.howl('./sounds/chime-step.ogg');
    step.fire('load');
    t.engine.chime('step');
    t.engine.speak(LINE_A);
    expect(step.calls.find((c) => c[0] === 'fade')).toEqual(['fade', 0.5, 0, 150]);
    // Said aloud, so a listener (the e2e test) can tell a late chime was kept off the words.
    expect(t.ofType('duck', 'chime').map((e) => e.name)).toEqual(['step']);

    t.engine.chime('step');
    step.fire('end');
    t.engine.speak(LINE_A);
    expect(step.count('fade')).toBe(1);
    expect(t.ofType('duck', 'chime')).toHaveLength(1);
  });

  it('skips a chime that is still loading rather than ring it late over the words', () => {
    const t = setup();
    t.engine.chime('step');
    const step = t.howl('./sounds/chime-step.ogg');
    expect(step.count('play')).toBe(0);
    expect(t.ofType('skip', 'chime').map((e) => e.name)).toEqual(['step']);
    step.fire('load');
    t.engine.chime('step');
    expect(step.count('play')).toBe(1);
  });

  it('count chime is softer than a step chime, and a breath tone softer still', () => {
    const t = setup({ settings: { chimeVolume: 0.5 } });
    t.engine.chime('count');
    t.engine.chime('breath');
    const [count, breath] = t.howlsFor('chime-halfway.ogg');
    expect(count!.current).toBeCloseTo(0.3);
    expect(breath!.current).toBeCloseTo(0.225);
    count!.fire('play');
    expect(t.ofType('play', 'chime')).toMatchObject([{ name: 'count' }]);
  });

  it('preload also readies the chimes, once', () => {
    const t = setup();
    t.engine.preload([]);
    t.engine.preload([LINE_A]);
    expect(t.howlsFor('chime-')).toHaveLength(4);
  });
});

describe('levels', () => {
  it('muted plays at volume zero, and events still flow', () => {
    const t = setup({ settings: { muted: true, ambient: 'rain', systemVoiceForMissing: true } });
    t.engine.startAmbient();
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    t.engine.chime('step');
    const clip = t.howl(fileOf(0));
    expect(clip.current).toBe(0);
    expect(t.howl('chime-step.ogg').current).toBe(0);
    expect(t.howl('ambient-rain.ogg').current).toBe(0);
    clip.fire('play');
    clip.fire('end');
    expect(t.ofType('play', 'voice')).toHaveLength(1);
    expect(t.ofType('end', 'voice')).toHaveLength(1);

    // The system voice's volume is not honoured everywhere, so muted does not use it.
    t.engine.speak(OWN_LINE);
    expect(t.speech.spoken).toHaveLength(0);
    expect(t.ofType('skip', 'voice')).toMatchObject([{ text: OWN_LINE }]);
  });

  it('volumes apply to what is playing', () => {
    const t = setup({ settings: { ambient: 'rain' } });
    t.engine.startAmbient();
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    t.engine.chime('step');
    t.engine.configure({ ...t.settings, voiceVolume: 0.25, chimeVolume: 0.2, ambientVolume: 0.1 });
    expect(t.howl(fileOf(0)).current).toBe(0.25);
    expect(t.howl('chime-step.ogg').current).toBe(0.2);
    expect(t.howl('ambient-rain.ogg').current).toBeCloseTo(0.1);

    t.engine.configure({ ...t.settings, muted: true });
    expect(t.howl(fileOf(0)).current).toBe(0);
    expect(t.howl('ambient-rain.ogg').current).toBe(0);
  });

  it('muting silences a system voice line at once', () => {
    const t = setup({ settings: { narrationSource: 'system' } });
    t.engine.speak(LINE_A);
    t.engine.configure({ ...t.settings, muted: true });
    expect(t.speech.cancels).toBe(1);
  });
});

describe('cache', () => {
  it('preload keeps a bounded cache', () => {
    const t = setup({ manifest: manifestWith(61) });
    t.engine.preload(['Line 0.']);
    t.engine.speak('Line 0.');
    const speaking = t.howl(fileOf(3));
    for (let i = 1; i < 60; i += 2) t.engine.preload([`Line ${i}.`, `Line ${i + 1}.`]);

    const alive = t.howlsFor('narration/').filter((h) => !h.unloaded);
    expect(alive.length).toBeLessThanOrEqual(CLIP_CACHE_SIZE);
    // The line still speaking and the lines just asked for stay; the oldest others go.
    expect(speaking.unloaded).toBe(false);
    expect(t.howl(fileOf(3 + 59)).unloaded).toBe(false);
    expect(t.howl(fileOf(3 + 60)).unloaded).toBe(false);
    expect(t.howl(fileOf(3 + 1)).unloaded).toBe(true);
  });

  it('a clip used again is kept over older ones', () => {
    const t = setup({ manifest: manifestWith(CLIP_CACHE_SIZE + 1) });
    for (let i = 0; i < CLIP_CACHE_SIZE; i++) t.engine.preload([`Line ${i}.`]);
    t.engine.preload(['Line 0.']);
    t.engine.preload([`Line ${CLIP_CACHE_SIZE}.`]);
    expect(t.howl(fileOf(3)).unloaded).toBe(false);
    expect(t.howl(fileOf(4)).unloaded).toBe(true);
  });
});

describe('transport', () => {
  it('pause and resume hold the voice and the bed where they are', () => {
    const t = setup({ settings: { ambient: 'rain' } });
    t.engine.startAmbient();
    const bed = t.howl('ambient-rain.ogg');
    bed.fire('play');
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    const clip = t.howl(fileOf(0));
    clip.fire('play');
    const clipId = clip.lastId;

    t.engine.pause();
    expect(clip.count('pause')).toBe(1);
    expect(bed.count('pause')).toBe(1);
    t.engine.resume();
    expect(clip.calls.at(-1)).toEqual(['play', clipId]);
    expect(bed.calls.at(-1)).toEqual(['play', bed.lastId]);

    // Howler reports a resume as 'play' again; it is not a new start.
    clip.fire('play');
    expect(t.ofType('play', 'voice')).toHaveLength(1);
    t.engine.resume();
    expect(clip.count('play')).toBe(2);
  });

  it('a paused system voice line is said again from its start on resume', () => {
    const t = setup({ settings: { narrationSource: 'system' } });
    t.engine.speak(LINE_A);
    const first = t.speech.last;
    t.engine.pause();
    expect(t.speech.cancels).toBe(1);
    first.onEnd();
    expect(t.ofType('end', 'voice')).toHaveLength(0);
    t.engine.resume();
    expect(t.speech.spoken.map((s) => s.text)).toEqual([LINE_A, LINE_A]);
  });

  it('stop silences voice, chimes and bed', () => {
    const t = setup({ settings: { ambient: 'rain' } });
    t.engine.startAmbient();
    t.howl('ambient-rain.ogg').fire('play');
    t.engine.preload([LINE_A]);
    t.engine.speak(LINE_A);
    t.engine.chime('step');
    t.engine.stopAll();
    expect(t.howl(fileOf(0)).count('stop')).toBe(1);
    for (const chime of t.howlsFor('chime-')) expect(chime.count('stop')).toBe(1);
    expect(t.howl('ambient-rain.ogg').count('stop')).toBe(1);
    // A settings change after stop does not bring the bed back.
    t.engine.configure({ ...t.settings, ambient: 'brown-noise' });
    expect(t.howlsFor('ambient-brown-noise.flac')).toHaveLength(0);
  });

  it('dispose unloads everything and goes quiet', () => {
    const t = setup({ settings: { ambient: 'rain' } });
    t.engine.startAmbient();
    t.engine.preload([LINE_A]);
    t.engine.dispose();
    expect(t.howls.every((h) => h.unloaded)).toBe(true);
    const before = t.events.length;
    t.engine.speak(LINE_A);
    t.engine.chime('step');
    expect(t.events).toHaveLength(before);
  });

  it('an unsubscribed listener hears nothing more', () => {
    const t = setup({ settings: { narrationSource: 'off' } });
    const seen: AudioEvent[] = [];
    const off = t.engine.onEvent((event) => seen.push(event));
    t.engine.speak(LINE_A);
    off();
    t.engine.speak(LINE_B);
    expect(seen).toHaveLength(1);
  });
});
