import { Sparkles } from 'lucide-react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatLength } from '../../content/format-length';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import './HistorySummary.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

/** The week so far, the weekly goal, and which routines help this person most. */
export function HistorySummary({ stats }: { stats: HistoryStatsData }) {
  return (
    <>
      <div className="stat-cards">
        <section className="card stat" aria-labelledby="week-title">
          <h2 id="week-title" className="eyebrow">
            This week
          </h2>
          <p className="stat-figure tabular">
            {stats.thisWeek.sessions} {stats.thisWeek.sessions === 1 ? 'session' : 'sessions'}
          </p>
          <p className="muted">{formatLength(stats.thisWeek.minutes * 60)}</p>
        </section>
        <section className="card stat" aria-labelledby="streak-title">
          <h2 id="streak-title" className="eyebrow">
            Weekly goal
          </h2>
          <p className="stat-figure tabular">
            {stats.streak.daysThisWeek} of {stats.streak.goalDays} days
          </p>
          <p className="muted">
            {stats.streak.weeks > 0
              ? `${stats.streak.weeks} ${stats.streak.weeks === 1 ? 'week' : 'weeks'} in a row meeting your goal.`
              : 'Rest days are part of it. Any week can be the first.'}
          </p>
          <WeeklyGoal label="Days a week" inline />
        </section>
      </div>

      <section className="card" aria-labelledby="helps-title">
        <h2 id="helps-title" className="section-title">
          <Sparkles aria-hidden="true" size={18} /> What helps you
        </h2>
        {stats.whatHelps.length === 0 ? (
          <p className="muted">
            After three sessions of a routine with a pain check-in before and after, it is ranked
            here by your own pain relief.
          </p>
        ) : (
          <ol className="helps-list">
            {stats.whatHelps.map((row) => (
              <li key={row.routineId}>
                <span className="helps-title">{row.title}</span>
                <span className="tabular">
                  {row.averageRelief >= 0 ? '−' : '+'}
                  {Math.abs(row.averageRelief).toFixed(1)} points (
                  {Math.round(row.averageRelativeRelief * 100)}%)
                </span>
                <span className="muted">{row.checkIns} check-ins</span>
                {row.meaningful && <span className="chip">Meaningful relief</span>}
              </li>
            ))}
          </ol>
        )}
        <p className="muted small-print">
          Relief of 2 points or 30% is what clinicians count as meaningful. This is your own record,
          not medical advice.
        </p>
      </section>
    </>
  );
}
