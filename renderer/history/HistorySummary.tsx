import { Sparkles } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatLength, formatNumber } from '../i18n/format';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import './HistorySummary.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

/** Relief is shown as a change in pain: relief lowers it (−), a worse score raises it (+). */
const signOf = (relief: number) => (relief >= 0 ? '−' : '+');
const onePlace = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** The week so far, the weekly goal, and which routines help this person most. */
export function HistorySummary({ stats }: { stats: HistoryStatsData }) {
  const { t } = useTranslation('history');
  return (
    <>
      <div className="stat-cards">
        <section className="card stat" aria-labelledby="week-title">
          <h2 id="week-title" className="eyebrow">
            {t('historySummary.thisWeek')}
          </h2>
          <p className="stat-figure tabular">
            {t('historySummary.sessions', { count: stats.thisWeek.sessions })}
          </p>
          <p className="muted">{formatLength(stats.thisWeek.minutes * 60)}</p>
        </section>
        <section className="card stat" aria-labelledby="streak-title">
          <h2 id="streak-title" className="eyebrow">
            {t('historySummary.weeklyGoal')}
          </h2>
          <p className="stat-figure tabular">
            {t('historySummary.goalDays', {
              done: stats.streak.daysThisWeek,
              count: stats.streak.goalDays,
            })}
          </p>
          <p className="muted">
            {stats.streak.weeks > 0
              ? t('historySummary.streak', { count: stats.streak.weeks })
              : t('historySummary.noStreak')}
          </p>
          <WeeklyGoal label={t('historySummary.daysAWeek')} inline />
        </section>
      </div>

      <section className="card" aria-labelledby="helps-title">
        <h2 id="helps-title" className="section-title">
          <Sparkles aria-hidden="true" size={18} /> {t('historySummary.helpsTitle')}
        </h2>
        {stats.whatHelps.length === 0 ? (
          <p className="muted">{t('historySummary.helpsEmpty')}</p>
        ) : (
          <ol className="helps-list">
            {stats.whatHelps.map((row) => (
              <li key={row.routineId}>
                <span className="helps-title">{row.title}</span>
                <span className="tabular">
                  {t('historySummary.relief', {
                    sign: signOf(row.averageRelief),
                    points: formatNumber(Math.abs(row.averageRelief), onePlace),
                    percent: formatNumber(Math.round(row.averageRelativeRelief * 100)),
                  })}
                </span>
                <span className="muted">
                  {t('historySummary.checkIns', { count: row.checkIns })}
                </span>
                {row.meaningful && <span className="chip">{t('historySummary.meaningful')}</span>}
              </li>
            ))}
          </ol>
        )}
        <p className="muted small-print">{t('historySummary.smallPrint')}</p>
      </section>
    </>
  );
}
