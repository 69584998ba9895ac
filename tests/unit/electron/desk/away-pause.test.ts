import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../../electron/common/ipc/contract';
import type { ClockStatus } from '../../../../electron/common/playback-schema';
import { createAwayPause } from '../../../../electron/desk/away-pause';

function routine(status: ClockStatus) {
  const state = { status, notices: [] as Notice[], pauses: 0 };
  const away = createAwayPause({
    status: () => state.status,
    pause: () => {
      state.pauses += 1;
      state.status = 'paused';
    },
    notify: (notice) => state.notices.push(notice),
  });
  return { state, away };
}

describe('pausing when the user is away', () => {
  it('pauses a playing routine when the screen locks, and says why on unlock', () => {
    const { state, away } = routine('playing');
    away.away('lock');
    expect(state.status).toBe('paused');
    expect(state.notices).toEqual([]);
    away.back();
    expect(state.notices).toEqual([
      {
        id: 'paused-while-away',
        level: 'info',
        message:
          'Your routine paused while the screen was locked. Press Resume when you are ready.',
      },
    ]);
  });

  it('pauses the count-in too, and names sleep when the computer slept', () => {
    const { state, away } = routine('counting-in');
    away.away('sleep');
    away.away('lock');
    expect(state.pauses).toBe(1);
    away.back();
    expect(state.notices.map((notice) => notice.message)).toEqual([
      'Your routine paused while the computer was asleep. Press Resume when you are ready.',
    ]);
    away.back();
    expect(state.notices).toHaveLength(1);
  });

  it('leaves a routine the user paused, or none, alone and says nothing', () => {
    for (const status of ['paused', 'idle', 'finished', 'stopped'] as const) {
      const { state, away } = routine(status);
      away.away('lock');
      away.back();
      expect(state.pauses).toBe(0);
      expect(state.notices).toEqual([]);
    }
  });

  it('says nothing when the routine was resumed before the user came back', () => {
    const { state, away } = routine('playing');
    away.away('lock');
    state.status = 'playing';
    away.back();
    expect(state.notices).toEqual([]);
  });
});
