import { lazyScreen } from './lazy-screen';

/**
 * The screens off the first screen's path, each its own chunk (docs/architecture.md,
 * "Loading"). The library and the Now playing bar stay in the entry: they are what a person
 * sees first.
 */
export const builderScreen = lazyScreen('builder', () =>
  import('../builder/BuilderScreen').then((module) => module.BuilderScreen),
);
export const historyScreen = lazyScreen('history', () =>
  import('../history/HistoryScreen').then((module) => module.HistoryScreen),
);
export const settingsScreen = lazyScreen('settings', () =>
  import('../settings/SettingsScreen').then((module) => module.SettingsScreen),
);
export const welcomeScreen = lazyScreen('welcome', () =>
  import('../welcome/WelcomeScreen').then((module) => module.WelcomeScreen),
);
export const playerScreen = lazyScreen('player', () =>
  import('../player/PlayerScreen').then((module) => module.PlayerScreen),
);
// The floating timer stays light: its own few lines, not every screen's.
export const timerView = lazyScreen(
  'timer',
  () => import('../timer/TimerView').then((module) => module.TimerView),
  ['timer'],
);

/** What the main window fetches once it is idle, so the next click opens at once. */
export const MAIN_WINDOW_SCREENS = [
  playerScreen,
  settingsScreen,
  historyScreen,
  builderScreen,
  welcomeScreen,
];
