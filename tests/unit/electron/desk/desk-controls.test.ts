import { describe, expect, it } from 'vitest';
import { GLOBAL_SHORTCUTS, trayMenu, trayTooltip } from '../../../../electron/desk/desk-controls';

const labels = (items: ReturnType<typeof trayMenu>) =>
  items.map((item) =>
    'separator' in item ? '---' : `${item.label}${item.enabled ? '' : ' (off)'}`,
  );

describe('the tray menu', () => {
  it('offers the last routine in one click when nothing plays', () => {
    expect(
      labels(
        trayMenu({
          status: 'idle',
          lastRoutineTitle: 'Neck and shoulders',
          timerOpen: false,
          remindersOn: false,
          remindersPaused: false,
        }),
      ),
    ).toEqual([
      'Play Neck and shoulders',
      'Pause (off)',
      '---',
      'Show timer',
      'Show Unknot',
      '---',
      'Quit Unknot',
    ]);
  });

  it('pauses and resumes what is playing, and hides an open timer', () => {
    expect(
      labels(
        trayMenu({
          status: 'playing',
          lastRoutineTitle: 'Jaw',
          timerOpen: true,
          remindersOn: false,
          remindersPaused: false,
        }),
      ),
    ).toContain('Pause');
    expect(
      labels(
        trayMenu({
          status: 'paused',
          lastRoutineTitle: 'Jaw',
          timerOpen: true,
          remindersOn: false,
          remindersPaused: false,
        }),
      ),
    ).toEqual(expect.arrayContaining(['Resume', 'Hide timer', 'Play Jaw (off)']));
  });

  it('has nothing to play before any routine was played', () => {
    expect(
      labels(
        trayMenu({
          status: 'idle',
          lastRoutineTitle: null,
          timerOpen: false,
          remindersOn: false,
          remindersPaused: false,
        }),
      )[0],
    ).toBe('Play last routine (off)');
  });

  it('says in its tooltip whether a routine plays', () => {
    expect(
      trayTooltip({
        status: 'paused',
        lastRoutineTitle: null,
        timerOpen: false,
        remindersOn: false,
        remindersPaused: false,
      }),
    ).toBe('Unknot: paused');
    expect(
      trayTooltip({
        status: 'finished',
        lastRoutineTitle: null,
        timerOpen: false,
        remindersOn: false,
        remindersPaused: false,
      }),
    ).toBe('Unknot');
  });
});

describe('system-wide shortcuts', () => {
  it('play/pause has a global shortcut and the media keys', () => {
    const playPause = GLOBAL_SHORTCUTS.filter((s) => s.action === 'toggle-playback').map(
      (s) => s.accelerator,
    );
    expect(playPause).toEqual(['CommandOrControl+Alt+P', 'MediaPlayPause']);
    expect(new Set(GLOBAL_SHORTCUTS.map((s) => s.accelerator)).size).toBe(GLOBAL_SHORTCUTS.length);
  });
});

describe('pausing reminders from the tray', () => {
  const state = { status: 'idle' as const, lastRoutineTitle: null, timerOpen: false };
  it('offers an hour or the rest of the day while reminders are on', () => {
    expect(labels(trayMenu({ ...state, remindersOn: true, remindersPaused: false }))).toEqual(
      expect.arrayContaining(['Pause reminders for 1 hour', 'Pause reminders until tomorrow']),
    );
  });
  it('offers to resume them while paused, and nothing when there are none', () => {
    expect(labels(trayMenu({ ...state, remindersOn: true, remindersPaused: true }))).toContain(
      'Resume reminders',
    );
    expect(
      labels(trayMenu({ ...state, remindersOn: false, remindersPaused: false })).join(),
    ).not.toContain('reminders');
  });
});
