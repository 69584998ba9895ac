import { describe, expect, it } from 'vitest';
import type { ClockStatus, PlaybackSnapshot } from '../../../../electron/common/playback-schema';
import type { Settings } from '../../../../electron/common/settings-schema';
import { DEFAULT_SETTINGS } from '../../../../electron/common/settings-schema';
import { createDeskActions } from '../../../../electron/desk/desk-actions';
import type { DeskAction } from '../../../../electron/desk/desk-controls';
import type { PlaybackService } from '../../../../electron/playback/playback-service';
import type { SettingsStore } from '../../../../electron/settings/settings-store';

/** A desk with recording fakes: every call a tray item or shortcut makes is written down. */
function desk(status: ClockStatus, lastRoutineId: string | null = 'neck-and-shoulders') {
  const calls: string[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS, lastRoutineId };
  let timerOpen = false;
  const playback = {
    snapshot: () => ({ status }) as PlaybackSnapshot,
    start: (request: { routineId: string }) => {
      calls.push(`start ${request.routineId}`);
      return { status: 'playing' } as PlaybackSnapshot;
    },
    command: (command: string) => {
      calls.push(`command ${command}`);
      return { status } as PlaybackSnapshot;
    },
  } as unknown as PlaybackService;
  const store: SettingsStore = {
    path: 'settings.json',
    get: () => settings,
    update: (patch) => {
      settings = { ...settings, ...patch };
      calls.push(`settings ${JSON.stringify(patch)}`);
      return settings;
    },
    onChange: () => () => {},
  };
  const run = createDeskActions({
    playback,
    settings: store,
    timer: {
      open: () => (timerOpen = true),
      close: () => (timerOpen = false),
      isOpen: () => timerOpen,
    },
    timerChanged: () => calls.push(`timer ${timerOpen ? 'open' : 'closed'}`),
    showApp: () => calls.push('show app'),
    quit: () => calls.push('quit'),
    now: () => new Date(2026, 10, 30, 15, 0),
  });
  const act = (action: DeskAction) => {
    calls.length = 0;
    run(action);
    return [...calls];
  };
  return { act };
}

describe('what the tray and the shortcuts do', () => {
  it('plays the last routine and brings the window forward', () => {
    expect(desk('idle').act('play-last')).toEqual(['start neck-and-shoulders', 'show app']);
  });

  it('only shows the window when there is no last routine', () => {
    expect(desk('idle', null).act('play-last')).toEqual(['show app']);
  });

  it('play/pause starts the last routine when nothing plays, and toggles when it does', () => {
    for (const status of ['idle', 'finished', 'stopped'] as const) {
      expect(desk(status).act('toggle-playback'), status).toEqual([
        'start neck-and-shoulders',
        'show app',
      ]);
    }
    for (const status of ['playing', 'paused', 'counting-in'] as const) {
      expect(desk(status).act('toggle-playback'), status).toEqual(['command toggle']);
    }
  });

  it('sends next, previous and stop to the clock as they are', () => {
    const { act } = desk('playing');
    expect(act('next-step')).toEqual(['command next']);
    expect(act('previous-step')).toEqual(['command previous']);
    expect(act('stop')).toEqual(['command stop']);
  });

  it('opens and closes the timer in turn, and tells the windows each time', () => {
    const { act } = desk('idle');
    expect(act('toggle-timer')).toEqual(['timer open']);
    expect(act('toggle-timer')).toEqual(['timer closed']);
  });

  it('pauses reminders for an hour or until midnight, and resumes them', () => {
    const { act } = desk('idle');
    const inAnHour = new Date(2026, 10, 30, 16, 0).getTime();
    const midnight = new Date(2026, 11, 1, 0, 0).getTime();
    expect(act('pause-reminders-hour')).toEqual([`settings {"pausedUntil":${inAnHour}}`]);
    expect(act('pause-reminders-day')).toEqual([`settings {"pausedUntil":${midnight}}`]);
    expect(act('resume-reminders')).toEqual(['settings {"pausedUntil":null}']);
  });

  it('shows the app and quits on request', () => {
    const { act } = desk('idle');
    expect(act('show-app')).toEqual(['show app']);
    expect(act('quit')).toEqual(['quit']);
  });
});
