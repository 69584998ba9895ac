import { BookOpen, CirclePlay, History, Settings as SettingsIcon, Timer } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api, errorMessage } from './api';
import { usePlaybackAudio } from '../audio/use-playback-audio';
import { NoticeBanner } from './NoticeBanner';
import { hrefOf, type Route } from './route';
import { useRoute } from './use-route';
import { LibraryScreen } from '../library/LibraryScreen';
import { NowPlayingBar, isSessionActive } from '../player/NowPlayingBar';
import { CheckInProvider } from './check-in-context';
import { PlaybackProvider, usePlayback } from './playback-context';
import { SettingsProvider, useSettings } from './settings-context';
import { useDocumentTheme } from './theme';
import { useMediaQuery } from './use-media-query';
import { preloadWhenIdle } from './lazy-screen';
import {
  builderScreen,
  historyScreen,
  MAIN_WINDOW_SCREENS,
  playerScreen,
  settingsScreen,
  timerView,
  welcomeScreen,
} from './screens';

const { Screen: BuilderScreen } = builderScreen;
const { Screen: HistoryScreen } = historyScreen;
const { Screen: PlayerScreen } = playerScreen;
const { Screen: SettingsScreen } = settingsScreen;
const { Screen: TimerView } = timerView;
const { Screen: WelcomeScreen } = welcomeScreen;

type NavLabel = 'player' | 'library' | 'history' | 'settings';
const PLAYER_NAV = {
  route: { name: 'player' } as Route,
  label: 'player' as NavLabel,
  Icon: CirclePlay,
};
const NAV: { route: Route; label: NavLabel; Icon: typeof BookOpen }[] = [
  { route: { name: 'library' }, label: 'library', Icon: BookOpen },
  { route: { name: 'history' }, label: 'history', Icon: History },
  { route: { name: 'settings' }, label: 'settings', Icon: SettingsIcon },
];

function Frame() {
  const { t } = useTranslation();
  const route = useRoute();
  const { settings } = useSettings();
  useDocumentTheme(settings?.theme, settings?.textScale);
  const [timerError, setTimerError] = useState<string | null>(null);
  const [timerOpen, setTimerOpen] = useState(false);
  useEffect(() => api().on('timerWindowChanged', ({ open }) => setTimerOpen(open)), []);
  const { snapshot } = usePlayback();
  const narrow = useMediaQuery('(max-width: 1000px)');
  const isTimer = route.name === 'timer';
  usePlaybackAudio(!isTimer);
  // The floating timer stays light: only the main window fetches the other screens ahead.
  useEffect(() => (isTimer ? undefined : preloadWhenIdle(MAIN_WINDOW_SCREENS)), [isTimer]);

  // A routine started elsewhere (the tray, the timer, a shortcut) brings the player up here.
  // undefined: no snapshot seen yet, so the one found at start-up never navigates.
  const seenSession = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (isTimer || !snapshot) return;
    const id = snapshot.sessionId;
    if (seenSession.current === undefined || id === seenSession.current) {
      seenSession.current = id;
      return;
    }
    seenSession.current = id;
    const running = snapshot.status === 'counting-in' || snapshot.status === 'playing';
    if (id && running && route.name !== 'player') window.location.hash = '#/player';
  }, [snapshot, isTimer, route.name]);

  if (isTimer) return <TimerView />;
  // The welcome too shows what main has to say (settings restored from a backup, say).
  if (settings && !settings.firstRunDone) {
    return (
      <>
        <NoticeBanner />
        <WelcomeScreen />
      </>
    );
  }

  const toggleTimer = async () => {
    try {
      const state = timerOpen ? await api().closeTimerWindow() : await api().openTimerWindow();
      setTimerOpen(state.open);
      setTimerError(null);
    } catch (error) {
      setTimerError(errorMessage(error));
    }
  };

  // While a routine plays, the player gets the room: the navigation folds to a rail of icons,
  // as it does on a narrow window.
  const playing = route.name === 'player' && isSessionActive(snapshot?.status);
  // Folded, the words stay for screen readers (and as tooltips) but leave the rail.
  const railed = playing || narrow;
  return (
    <div className={railed ? 'frame rail' : 'frame'}>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          <span className={railed ? 'visually-hidden' : undefined}>{t('appName')}</span>
        </div>
        <ul>
          {/* While a routine is active, the player is one click away from every screen. */}
          {(isSessionActive(snapshot?.status) ? [PLAYER_NAV, ...NAV] : NAV).map(
            ({ route: target, label, Icon }) => (
              <li key={label}>
                <a
                  href={hrefOf(target)}
                  className="nav-link"
                  title={t(`nav.${label}`)}
                  aria-current={route.name === target.name ? 'page' : undefined}
                >
                  <Icon aria-hidden="true" size={18} strokeWidth={1.75} />
                  <span className={railed ? 'visually-hidden' : undefined}>
                    {t(`nav.${label}`)}
                  </span>
                </a>
              </li>
            ),
          )}
        </ul>
        <button
          type="button"
          className="button ghost sidebar-timer"
          title={timerOpen ? t('timer.hide') : t('timer.show')}
          onClick={() => void toggleTimer()}
        >
          <Timer aria-hidden="true" size={18} strokeWidth={1.75} />
          <span className={railed ? 'visually-hidden' : undefined}>
            {timerOpen ? t('timer.hide') : t('timer.show')}
          </span>
        </button>
        {timerError && (
          <p className="field-error" role="alert">
            {timerError}
          </p>
        )}
      </nav>
      <main className={playing ? 'content content-fill' : 'content'} id="main">
        <NoticeBanner />
        {route.name !== 'player' && <NowPlayingBar />}
        {route.name === 'library' && <LibraryScreen />}
        {route.name === 'history' && <HistoryScreen />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'player' && <PlayerScreen routineId={route.routineId} />}
        {route.name === 'builder' && (
          <BuilderScreen
            key={`${route.mode}:${route.routineId ?? ''}`}
            mode={route.mode}
            routineId={route.routineId}
          />
        )}
      </main>
    </div>
  );
}

export function App() {
  return (
    <SettingsProvider>
      <PlaybackProvider>
        <CheckInProvider>
          <Frame />
        </CheckInProvider>
      </PlaybackProvider>
    </SettingsProvider>
  );
}
