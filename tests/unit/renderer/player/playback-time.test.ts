import { describe, expect, it } from 'vitest';
import type { PlaybackSnapshot } from '../../../../electron/common/playback-schema';
import {
  formatClock,
  msUntilNextSecond,
  playbackTimeAt,
} from '../../../../renderer/player/playback-time';

const base: PlaybackSnapshot = {
  status: 'playing',
  sessionId: 's1',
  plan: null,
  stepIndex: 1,
  stepSeconds: 60,
  stepElapsedMs: 10_000,
  routineElapsedMs: 70_000,
  routineTotalMs: 300_000,
  countInSeconds: 0,
  at: 1_000_000,
};

describe('counting down from a snapshot', () => {
  it('counts down from the snapshot with the window’s own clock while playing', () => {
    const time = playbackTimeAt(base, 1_000_000 + 5_000);
    expect(time.stepRemainingMs).toBe(45_000);
    expect(time.stepProgress).toBeCloseTo(0.25);
    expect(time.routineProgress).toBeCloseTo(0.25);
  });

  it('stands still while paused, whatever the time', () => {
    const paused = { ...base, status: 'paused' as const };
    expect(playbackTimeAt(paused, base.at + 60_000).stepRemainingMs).toBe(50_000);
  });

  it('never counts below zero or past the step', () => {
    expect(playbackTimeAt(base, base.at + 120_000).stepRemainingMs).toBe(0);
    expect(playbackTimeAt(base, base.at + 120_000).stepProgress).toBe(1);
  });

  it('shows the count-in seconds left', () => {
    const countingIn = {
      ...base,
      status: 'counting-in' as const,
      stepIndex: -1,
      countInSeconds: 3,
    };
    expect(playbackTimeAt(countingIn, base.at + 1_200).countIn).toBe(2);
  });

  it('shows a finished routine as complete', () => {
    expect(playbackTimeAt({ ...base, status: 'finished' }, base.at).routineProgress).toBe(1);
  });
});

describe('the countdown display', () => {
  it('wakes once a second, on the second', () => {
    expect(msUntilNextSecond(45_300)).toBe(300);
    expect(msUntilNextSecond(45_000)).toBe(1000);
  });

  it('reads as minutes and seconds', () => {
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(8_200)).toBe('0:09');
    expect(formatClock(0)).toBe('0:00');
  });
});
