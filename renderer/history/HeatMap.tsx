import { formatLength } from '../../content/format-length';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import './HeatMap.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

const LEVELS = [0, 5, 15, 30];

/** Days of the last months as small squares, darker with more minutes; weeks run down. */
export function HeatMap({ days }: { days: HistoryStatsData['heatmap'] }) {
  const active = days.filter((day) => day.minutes > 0).length;
  return (
    <figure className="heatmap-figure">
      <div
        className="heatmap"
        role="img"
        aria-label={`Practice calendar: ${active} of the last ${days.length} days had a session.`}
      >
        {days.map((day) => {
          const level = LEVELS.filter((threshold) => day.minutes > threshold).length;
          return (
            <span
              key={day.date}
              className={`heat heat-${level}`}
              title={`${day.date}: ${formatLength(day.minutes * 60)}`}
            />
          );
        })}
      </div>
      <figcaption className="heat-legend muted" aria-hidden="true">
        Less <span className="heat heat-0" /> <span className="heat heat-1" />{' '}
        <span className="heat heat-2" /> <span className="heat heat-3" />{' '}
        <span className="heat heat-4" /> More
      </figcaption>
    </figure>
  );
}
