import type { ClockStatus } from '../common/playback-schema';
import type { Notice } from '../common/ipc/contract';
import { tm, type MainKey } from '../i18n/main-i18n';

export type AwayReason = 'lock' | 'sleep';

export interface AwayPauseDeps {
  status(): ClockStatus;
  pause(): void;
  notify(notice: Notice): void;
}

const MESSAGES: Record<AwayReason, MainKey> = {
  lock: 'desk:awayPause.lock',
  sleep: 'desk:awayPause.sleep',
};

/**
 * A routine does not run on into a locked screen or a sleeping computer: it pauses, and when
 * the user is back they are told why it waits for them. Only a pause this made is reported.
 */
export function createAwayPause(deps: AwayPauseDeps) {
  let pausedFor: AwayReason | null = null;
  return {
    away(reason: AwayReason): void {
      const status = deps.status();
      if (status !== 'playing' && status !== 'counting-in') return;
      deps.pause();
      pausedFor ??= reason;
    },
    back(): void {
      if (!pausedFor) return;
      const reason = pausedFor;
      pausedFor = null;
      // Resumed some other way meanwhile (a media key): nothing waits, nothing to say.
      if (deps.status() !== 'paused') return;
      deps.notify({ id: 'paused-while-away', level: 'info', message: tm(MESSAGES[reason]) });
    },
  };
}
