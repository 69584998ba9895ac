import type { Notice } from '../common/ipc/contract';
import type { Handlers } from '../ipc/handler-table';

/**
 * Messages for the user, kept until a window takes them and then shown once. `announce`
 * tells open windows there is something new, so a notice raised mid-session is seen now.
 */
export interface NoticeQueue {
  notify(notice: Notice): void;
  take(): Notice[];
}

export function createNoticeQueue(
  initial: readonly Notice[] = [],
  announce: () => void = () => {},
): NoticeQueue {
  let pending: Notice[] = [...initial];
  return {
    notify(notice) {
      pending = [...pending, notice];
      announce();
    },
    take() {
      const taken = pending;
      pending = [];
      return taken;
    },
  };
}

export function noticeHandlers(queue: NoticeQueue): Handlers<'takeNotices'> {
  return { takeNotices: () => queue.take() };
}
