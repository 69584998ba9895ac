import type { Notice } from '../common/ipc/contract';
import type { Handlers } from '../ipc/handler-table';

/** Messages for the user, kept until a window asks for them and then shown once. */
export interface NoticeQueue {
  notify(notice: Notice): void;
  take(): Notice[];
}

export function createNoticeQueue(initial: readonly Notice[] = []): NoticeQueue {
  let pending: Notice[] = [...initial];
  return {
    notify(notice) {
      pending = [...pending, notice];
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
