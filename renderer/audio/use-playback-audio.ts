import { currentFormatLocale, i18n } from '../i18n/i18n';
import { useEffect, useRef, useState } from 'react';
import type { ClockEvent, PlaybackSnapshot } from '../../electron/common/playback-schema';
import { usePlayback } from '../app/playback-context';
import { useMainData } from '../app/use-main-data';
import { loadNarrationManifest } from './narration-clips';
import { useSettings } from '../app/settings-context';
import type { AudioEngine } from './audio-engine';
import type { AudioEvent } from './audio-types';
import { linesOfStep, onWarmUpAsked, takeWarmUps } from './clip-warmup';
import { afterFirstScreen } from '../app/ready-mark';
import { isSessionActive } from '../player/NowPlayingBar';

/** Every sound the app makes, as a DOM event: the e2e tests and the bench listen for these. */
export const AUDIO_EVENT = 'unknot:audio';

function linesOf(snapshot: PlaybackSnapshot, index: number): string[] {
  return linesOfStep(snapshot.plan?.steps[index]);
}

/**
 * Turns the clock's moments into sound in the main window (only there: the floating timer
 * stays silent so nothing is heard twice). Preloads the current and next step's clips so
 * the voice starts on the boundary.
 */
export function usePlaybackAudio(enabled: boolean): void {
  const { subscribe, snapshot } = usePlayback();
  const { settings } = useSettings();
  const engine = useRef<AudioEngine | null>(null);
  const latest = useRef<PlaybackSnapshot | null>(null);
  useEffect(() => {
    latest.current = snapshot;
  }, [snapshot]);

  // Only the main window plays sound, so only it reads the manifest (null: captions only)
  // and fetches the engine (howler and all), which is a chunk of its own. It waits for the
  // first screen: setting up the sound device takes the page's main thread for a moment
  // (~0.2-0.5 s in the bench), which would hold back the library. It comes at once when a
  // session is already running or a screen asks for a voice, and is in place long before
  // anyone presses Start on the library.
  const [wanted, setWanted] = useState(false);
  // A session under way wants its voice now (set while rendering, as React advises for
  // state that follows a value, rather than one frame later from an effect).
  if (enabled && !wanted && isSessionActive(snapshot?.status)) setWanted(true);
  useEffect(() => {
    if (!enabled || wanted) return;
    const want = () => setWanted(true);
    const offScreen = afterFirstScreen(want);
    const offAsked = onWarmUpAsked(want);
    return () => {
      offScreen();
      offAsked();
    };
  }, [enabled, wanted]);
  const loaded = useMainData(
    () =>
      enabled && wanted
        ? Promise.all([loadNarrationManifest(), import('./audio-engine')]).then(
            ([manifest, module]) => ({ manifest, Engine: module.AudioEngine }),
          )
        : Promise.resolve(null),
    { key: String(enabled && wanted) },
  ).data;

  useEffect(() => {
    if (!enabled || !loaded) return;
    const created = new loaded.Engine({ baseUrl: './', manifest: loaded.manifest });
    engine.current = created;
    // The chimes are small: load them now, so the first step's chime rings on time.
    created.preload([]);
    const offWarmUps = takeWarmUps((lines) => created.preload(lines));
    const offEvents = created.onEvent((event: AudioEvent) => {
      document.dispatchEvent(new CustomEvent(AUDIO_EVENT, { detail: event }));
    });
    const offClock = subscribe((event: ClockEvent, current: PlaybackSnapshot | null) => {
      switch (event.type) {
        case 'count-in':
          created.chime('count');
          return;
        case 'step-start': {
          if (!current) return;
          // The chime first, on the boundary; the plan starts the intro (a cue) once it has
          // faded. Then the clips ahead, which take a moment to set up.
          created.chime('step');
          created.preload([
            ...linesOf(current, event.stepIndex),
            ...linesOf(current, event.stepIndex + 1),
          ]);
          return;
        }
        case 'cue':
          if (event.cue.tone) created.chime('breath');
          else created.speak(event.cue.text);
          return;
        case 'outro':
          created.speak(event.text);
          return;
        case 'finished':
          created.stopAmbient();
          created.chime('end');
          return;
      }
    });
    return () => {
      offClock();
      offEvents();
      offWarmUps();
      created.dispose();
      engine.current = null;
    };
  }, [enabled, subscribe, loaded]);

  useEffect(() => {
    if (!settings) return;
    engine.current?.configure({
      voiceVolume: settings.voiceVolume,
      chimeVolume: settings.chimeVolume,
      ambientVolume: settings.ambientVolume,
      muted: settings.muted,
      narrationSource: settings.narrationSource,
      ambient: settings.ambient,
      // The recorded voice speaks English; in another language every line is one without a
      // clip, so the system voice says it (in that language) or it shows as a caption.
      systemVoiceForMissing: settings.systemVoiceForMissing || i18n.language !== 'en',
      voiceLanguage: currentFormatLocale(),
    });
  }, [settings, snapshot?.sessionId]);

  // Status changes: the first step's clips ahead of time, the bed under a session, pause.
  const status = snapshot?.status;
  const sessionId = snapshot?.sessionId;
  useEffect(() => {
    const current = engine.current;
    const shown = latest.current;
    if (!current || !shown) return;
    if (status === 'counting-in') current.preload([...linesOf(shown, 0), ...linesOf(shown, 1)]);
    if (status === 'playing') {
      current.resume();
      current.startAmbient();
    }
    if (status === 'paused') current.pause();
    if (status === 'stopped') current.stopAll();
  }, [status, sessionId]);
}
