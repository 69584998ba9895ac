import { useCallback, useMemo } from 'react';
import uPlot from 'uplot';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { UPlotChart } from './UPlotChart';
import './HistoryCharts.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);
const BARS = uPlot.paths.bars?.({ size: [0.6, 48] });

/** Minutes per week and pain before and after, each with its figures as a table. */
export function HistoryCharts({ stats }: { stats: HistoryStatsData }) {
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
              return week ? shortDate.format(dayOf(week.weekStart)) : '';
            }),
        },
        { stroke: colour('--muted'), grid: { stroke: colour('--border') }, label: 'minutes' },
      ],
      series: [
        {},
        {
          label: 'Minutes',
          stroke: colour('--accent'),
          fill: colour('--accent-soft'),
          paths: BARS,
          points: { show: false },
        },
      ],
    }),
    [stats],
  );
  const painOptions = useCallback(
    (colour: (name: string) => string): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: [0, 10] } },
      axes: [
        { stroke: colour('--muted'), grid: { show: false }, values: () => [] },
        { stroke: colour('--muted'), grid: { stroke: colour('--border') }, label: 'pain 0 to 10' },
      ],
      series: [
        {},
        { label: 'Before', stroke: colour('--muted'), width: 2, spanGaps: true },
        { label: 'After', stroke: colour('--accent'), width: 2, spanGaps: true },
      ],
    }),
    [],
  );

  return (
    <div className="chart-grid">
      <section className="card" aria-labelledby="minutes-title">
        <h2 id="minutes-title" className="section-title">
          Minutes per week
        </h2>
        <UPlotChart
          data={weekData}
          options={weekOptions}
          theme={theme}
          label="Bar chart of minutes practised each week; the table below has the figures."
        />
        <details>
          <summary>Show as a table</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Minutes</th>
              </tr>
            </thead>
            <tbody>
              {stats.minutesPerWeek.map((week) => (
                <tr key={week.weekStart}>
                  <td>{shortDate.format(dayOf(week.weekStart))}</td>
                  <td className="tabular">{Math.round(week.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section className="card" aria-labelledby="pain-title">
        <h2 id="pain-title" className="section-title">
          Pain before and after
        </h2>
        {stats.painTrend.length === 0 ? (
          <p className="muted">No check-ins yet. They are asked before and after each session.</p>
        ) : (
          <>
            <UPlotChart
              data={painData}
              options={painOptions}
              theme={theme}
              label="Line chart of pain before and after each session; the table below has the figures."
            />
            <details>
              <summary>Show as a table</summary>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.painTrend.map((point, i) => (
                    <tr key={`${point.date}-${i}`}>
                      <td>{shortDate.format(dayOf(point.date))}</td>
                      <td className="tabular">{point.before ?? '–'}</td>
                      <td className="tabular">{point.after ?? '–'}</td>
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
