import { describe, expect, it } from 'vitest';
import { trayMenu, trayTooltip } from '../../../../electron/desk/desk-controls';

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

  it('runs the action each item says, in every state (a swapped pair of actions fails this)', () => {
    const actions = (state: Parameters<typeof trayMenu>[0]) =>
      Object.fromEntries(
        trayMenu(state)
          .filter(
            (item): item is Exclude<typeof item, { separator: true }> => !('separator' in item),
          )
          .map((item) => [item.label, item.action]),
      );
    expect(
      actions({
        status: 'idle',
        lastRoutineTitle: 'Jaw',
        timerOpen: false,
        remindersOn: true,
        remindersPaused: false,
      }),
    ).toEqual({
      'Play Jaw': 'play-last',
      Pause: 'toggle-playback',
      'Pause reminders for 1 hour': 'pause-reminders-hour',
      'Pause reminders until tomorrow': 'pause-reminders-day',
      'Show timer': 'toggle-timer',
      'Show Unknot': 'show-app',
      'Quit Unknot': 'quit',
    });
    expect(
      actions({
        status: 'paused',
        lastRoutineTitle: 'Jaw',
        timerOpen: true,
        remindersOn: true,
        remindersPaused: true,
      }),
    ).toMatchObject({
      Resume: 'toggle-playback',
      'Resume reminders': 'resume-reminders',
      'Hide timer': 'toggle-timer',
    });
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
