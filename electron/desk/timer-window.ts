import type { Broadcast } from '../common/ipc/contract';
import type { Handlers } from '../ipc/handler-table';

/** What the timer calls need from the window layer: main passes BrowserWindows, tests pages. */
export interface TimerWindowControl {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

/** Opening and closing the floating timer, and telling every window whether it is open. */
export function timerWindowHandlers(
  timer: TimerWindowControl,
  broadcast: Broadcast,
): Handlers<'openTimerWindow' | 'closeTimerWindow'> {
  const announce = () => {
    const state = { open: timer.isOpen() };
    broadcast('timerWindowChanged', state);
    return state;
  };
  return {
    openTimerWindow: () => {
      timer.open();
      return announce();
    },
    closeTimerWindow: () => {
      timer.close();
      return announce();
    },
  };
}
