import { ChevronDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { SessionRow, type SessionRecordData } from './SessionRow';
import { groupByWeek } from './week-groups';
import './SessionWeeks.css';

/** Weeks shown at first, and how many more each "Show earlier weeks" adds: the list stays
 * a few screens long however much history there is. */
const WEEKS_AT_FIRST = 3;
const WEEKS_MORE = 4;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Sessions week by week, newest first: each week says how many sessions and how many days
 * of the weekly goal it had. Older weeks wait behind a button.
 */
export function SessionWeeks({
  sessions,
  goalDays,
  open,
  onToggle,
  onStartAgain,
  onDelete,
  onError,
}: {
  sessions: readonly SessionRecordData[];
  goalDays: number;
  open: string | null;
  onToggle: (sessionId: string) => void;
  onStartAgain: (session: SessionRecordData) => void;
  onDelete: (session: SessionRecordData) => void;
  onError: (message: string) => void;
}) {
  // "This week" is worked out when the list is drawn; History is re-read on every change.
  const weeks = useMemo(() => groupByWeek(sessions, new Date()), [sessions]);
  const [shown, setShown] = useState(WEEKS_AT_FIRST);
  const hidden = weeks.length - shown;

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title">
        Sessions
      </h2>
      <ol className="week-list">
        {weeks.slice(0, shown).map((week) => (
          <li key={week.key}>
            <div className="week-group" role="group" aria-labelledby={`week-${week.key}`}>
              <header className="week-header">
                <h3 id={`week-${week.key}`}>{week.label}</h3>
                <p className="muted week-figures">
                  {plural(week.sessions.length, 'session', 'sessions')} · {week.daysActive} of{' '}
                  {plural(goalDays, 'day', 'days')}
                  {week.daysActive >= goalDays && (
                    <span className="chip week-goal-met">Weekly goal met</span>
                  )}
                </p>
              </header>
              <ul className="session-list">
                {week.sessions.map((session) => (
                  <SessionRow
                    key={session.sessionId}
                    session={session}
                    open={open === session.sessionId}
                    onToggle={() => onToggle(session.sessionId)}
                    onStartAgain={() => onStartAgain(session)}
                    onDelete={() => onDelete(session)}
                    onError={onError}
                  />
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button
          type="button"
          className="button week-more"
          onClick={() => setShown((count) => count + WEEKS_MORE)}
        >
          <ChevronDown aria-hidden="true" size={16} /> Show earlier weeks
          <span className="muted">({plural(hidden, 'more week', 'more weeks')})</span>
        </button>
      )}
    </section>
  );
}
