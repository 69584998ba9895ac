import { ChevronDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { currentFormatLocale } from '../i18n/i18n';
import { SessionRow, type SessionRecordData } from './SessionRow';
import { groupByWeek } from './week-groups';
import './SessionWeeks.css';

/** Weeks shown at first, and how many more each "Show earlier weeks" adds: the list stays
 * a few screens long however much history there is. */
const WEEKS_AT_FIRST = 3;
const WEEKS_MORE = 4;

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
  const { t } = useTranslation('history');
  // "This week" is worked out when the list is drawn; History is re-read on every change.
  // The labels are in the language shown: a change of language changes the locale too.
  const locale = currentFormatLocale();
  const weeks = useMemo(() => groupByWeek(sessions, new Date(), locale), [sessions, locale]);
  const [shown, setShown] = useState(WEEKS_AT_FIRST);
  const hidden = weeks.length - shown;

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title">
        {t('sessionWeeks.title')}
      </h2>
      <ol className="week-list">
        {weeks.slice(0, shown).map((week) => (
          <li key={week.key}>
            <div className="week-group" role="group" aria-labelledby={`week-${week.key}`}>
              <header className="week-header">
                <h3 id={`week-${week.key}`}>{week.label}</h3>
                <p className="muted week-figures">
                  {t('sessionWeeks.figures', {
                    sessions: t('sessionWeeks.sessions', { count: week.sessions.length }),
                    days: t('sessionWeeks.days', { done: week.daysActive, count: goalDays }),
                  })}
                  {week.daysActive >= goalDays && (
                    <span className="chip week-goal-met">{t('sessionWeeks.goalMet')}</span>
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
          <ChevronDown aria-hidden="true" size={16} /> {t('sessionWeeks.showEarlier')}
          <span className="muted">{t('sessionWeeks.moreWeeks', { count: hidden })}</span>
        </button>
      )}
    </section>
  );
}
