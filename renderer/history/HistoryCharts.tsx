import { useCallback, useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import uPlot from 'uplot';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatDate } from '../i18n/format';
import { UPlotChart } from './UPlotChart';
import './HistoryCharts.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);
/** "9 Nov" in the user's locale, read each time so a change of language shows at once. */
const shortDate = (iso: string) => formatDate(dayOf(iso), { day: 'numeric', month: 'short' });
/** A pain score not given at a check-in. */
const NO_SCORE = '–';
const BARS = uPlot.paths.bars?.({ size: [0.6, 48] });

/** Minutes per week and pain before and after, each with its figures as a table. */
export function HistoryCharts({ stats }: { stats: HistoryStatsData }) {
  const { t } = useTranslation('history');
  const theme = document.documentElement.dataset.theme ?? 'light';
  const weekData = useMemo<uPlot.AlignedData>(
    () => [
      stats.minutesPerWeek.map((_, i) => i),
      stats.minutesPerWeek.map((week) => Math.round(week.minutes)),
    ],
    [stats],
  );
  const painData = useMemo<uPlot.AlignedData>(
    () => [
      stats.painTrend.map((_, i) => i),
      stats.painTrend.map((point) => point.before ?? null),
      stats.painTrend.map((point) => point.after ?? null),
    ],
    [stats],
  );
  const weekOptions = useCallback(
    (colour: (name: string) => string): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { show: false },
      // Half a bar of room at each end, so the first and last weeks are whole.
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] } },
      axes: [
        {
          stroke: colour('--muted'),
          grid: { show: false },
          values: (_, ticks) =>
            ticks.map((i) => {
              const week = stats.minutesPerWeek[i];
              return week ? shortDate(week.weekStart) : '';
            }),
        },
        {
          stroke: colour('--muted'),
          grid: { stroke: colour('--border') },
          label: t('historyCharts.minutesAxis'),
        },
      ],
      series: [
        {},
        {
          label: t('historyCharts.minutesSeries'),
          stroke: colour('--accent'),
          fill: colour('--accent-soft'),
          paths: BARS,
          points: { show: false },
        },
      ],
    }),
    [stats, t],
  );
  const painOptions = useCallback(
    (colour: (name: string) => string): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: [0, 10] } },
      axes: [
        { stroke: colour('--muted'), grid: { show: false }, values: () => [] },
        {
          stroke: colour('--muted'),
          grid: { stroke: colour('--border') },
          label: t('historyCharts.painAxis'),
        },
      ],
      series: [
        {},
        { label: t('historyCharts.before'), stroke: colour('--muted'), width: 2, spanGaps: true },
        { label: t('historyCharts.after'), stroke: colour('--accent'), width: 2, spanGaps: true },
      ],
    }),
    [t],
  );

  return (
    <div className="chart-grid">
      <section className="card" aria-labelledby="minutes-title">
        <h2 id="minutes-title" className="section-title">
          {t('historyCharts.minutesTitle')}
        </h2>
        <UPlotChart
          data={weekData}
          options={weekOptions}
          theme={theme}
          label={t('historyCharts.minutesChart')}
        />
        <details>
          <summary>{t('historyCharts.showTable')}</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('historyCharts.weekOf')}</th>
                <th scope="col">{t('historyCharts.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.minutesPerWeek.map((week) => (
                <tr key={week.weekStart}>
                  <td>{shortDate(week.weekStart)}</td>
                  <td className="tabular">{Math.round(week.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section className="card" aria-labelledby="pain-title">
        <h2 id="pain-title" className="section-title">
          {t('historyCharts.painTitle')}
        </h2>
        {stats.painTrend.length === 0 ? (
          <p className="muted">{t('historyCharts.painEmpty')}</p>
        ) : (
          <>
            <UPlotChart
              data={painData}
              options={painOptions}
              theme={theme}
              label={t('historyCharts.painChart')}
            />
            <details>
              <summary>{t('historyCharts.showTable')}</summary>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('historyCharts.date')}</th>
                    <th scope="col">{t('historyCharts.before')}</th>
                    <th scope="col">{t('historyCharts.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.painTrend.map((point, i) => (
                    <tr key={`${point.date}-${i}`}>
                      <td>{shortDate(point.date)}</td>
                      <td className="tabular">{point.before ?? NO_SCORE}</td>
                      <td className="tabular">{point.after ?? NO_SCORE}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
    </div>
  );
}
