import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../../electron/history/journal-format';
import { buildReport, type ReportContext } from '../../../../electron/report/clinician-report';
import { reportHtml } from '../../../../electron/report/report-html';
import { sessionOn } from '../../support/session-record';

const at = (date: string, time = '09:00'): number => Date.parse(`${date}T${time}:00Z`);

const session = sessionOn;

const context = (sessions: SessionRecord[]): ReportContext => ({
  sessions,
  now: new Date(at('2025-03-30', '18:00')),
  timeZone: 'UTC',
  cautions: ['Told Unknot: I have osteoporosis or fragile bones.'],
  techniquesOf: (id) => (id === 'neck' ? ['Stretching', 'Trigger point'] : ['Meditation']),
});

// Four weeks, Monday 3 March to Sunday 30 March 2025.
const PERIOD = { from: '2025-03-03', to: '2025-03-30', noteSessionIds: [] };

describe('the clinician report', () => {
  it('counts the sessions and minutes of the period, week by week, and nothing outside it', () => {
    const report = buildReport(
      PERIOD,
      context([
        session('2025-03-02'), // the day before
        session('2025-03-03', { painBefore: 6, painAfter: 4 }),
        session('2025-03-05', { status: 'stopped', completedSeconds: 300 }),
        session('2025-03-18', { painBefore: 4, painAfter: 2 }),
        session('2025-03-31'), // the day after
      ]),
    );
    expect(report).toMatchObject({ sessions: 3, minutes: 25, completed: 2, scoredBoth: 2 });
    expect(report.weeks).toEqual([
      { weekStart: '2025-03-03', sessions: 2, minutes: 15, painBefore: 6, painAfter: 4 },
      { weekStart: '2025-03-10', sessions: 0, minutes: 0 },
      { weekStart: '2025-03-17', sessions: 1, minutes: 10, painBefore: 4, painAfter: 2 },
      { weekStart: '2025-03-24', sessions: 0, minutes: 0 },
    ]);
    expect(report.painBefore).toBe(5);
    expect(report.painAfter).toBe(3);
  });

  it('sorts routines into what helped and what did not by the meaningful-relief rule', () => {
    const days = ['2025-03-04', '2025-03-11', '2025-03-18'];
    const report = buildReport(
      PERIOD,
      context([
        ...days.map((d) => session(d, { painBefore: 6, painAfter: 3 })),
        ...days.map((d) =>
          session(d, { routineId: 'breath', title: 'Breathing', painBefore: 5, painAfter: 4 }),
        ),
      ]),
    );
    expect(report.helped.map((r) => [r.title, r.averageRelief])).toEqual([
      ['Neck and shoulders', 3],
    ]);
    expect(report.notHelped.map((r) => [r.title, r.averageRelief])).toEqual([['Breathing', 1]]);
    expect(report.routines).toEqual([
      { title: 'Breathing', sessions: 3, minutes: 30 },
      { title: 'Neck and shoulders', sessions: 3, minutes: 30 },
    ]);
    expect(report.techniques).toEqual([
      { name: 'Meditation', sessions: 3 },
      { name: 'Stretching', sessions: 3 },
      { name: 'Trigger point', sessions: 3 },
    ]);
  });

  it('includes only the notes the user chose, and pain by the areas they tapped', () => {
    const kept = session('2025-03-10', {
      note: 'Better after the walk.',
      painBefore: 5,
      areasBefore: ['neck'],
    });
    const private_ = session('2025-03-12', { note: 'A private thought.' });
    const report = buildReport(
      { ...PERIOD, noteSessionIds: [kept.sessionId] },
      context([kept, private_]),
    );
    expect(report.notes).toEqual([
      { date: '2025-03-10', routine: 'Neck and shoulders', text: 'Better after the walk.' },
    ]);
    expect(report.areas.map((a) => [a.area, a.averageBefore])).toEqual([['neck', 5]]);
  });

  it('prints what the user typed as text, never as markup', () => {
    const hostile = session('2025-03-10', {
      title: '<img src=x onerror=alert(1)>',
      note: '</li><script>alert(1)</script>',
    });
    const html = reportHtml(
      buildReport({ ...PERIOD, noteSessionIds: [hostile.sessionId] }, context([hostile])),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('says what it is and what it is not, with the period and the cautions', () => {
    const html = reportHtml(buildReport(PERIOD, context([session('2025-03-10')])));
    expect(html).toContain('3 March 2025 to 30 March 2025');
    expect(html).toContain('Told Unknot: I have osteoporosis or fragile bones.');
    expect(html).toContain('It is not a diagnosis or medical advice');
    expect(html).not.toMatch(/<script|https?:/);
  });
});
