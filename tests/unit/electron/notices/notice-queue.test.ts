import { describe, expect, it } from 'vitest';
import { createNoticeQueue } from '../../../../electron/notices/notice-queue';

const notice = (id: string) => ({ id, level: 'warning' as const, message: `Notice ${id}` });

describe('the notice queue', () => {
  it('gives each notice once, start-up ones first', () => {
    const queue = createNoticeQueue([notice('start')]);
    queue.notify(notice('later'));
    expect(queue.take().map((n) => n.id)).toEqual(['start', 'later']);
    expect(queue.take()).toEqual([]);
  });

  it('announces every notice raised while the app runs, so open windows take it now', () => {
    let announced = 0;
    const queue = createNoticeQueue([notice('start')], () => (announced += 1));
    expect(announced).toBe(0);
    queue.notify(notice('mid-session'));
    expect(announced).toBe(1);
    expect(queue.take().map((n) => n.id)).toEqual(['start', 'mid-session']);
  });
});
