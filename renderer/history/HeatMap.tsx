import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatDate, formatLength } from '../i18n/format';
import './HeatMap.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

const LEVELS = [0, 5, 15, 30];

/** A day's YYYY-MM-DD at midday, so no time zone moves it to the day before. */
const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);

/** Days of the last months as small squares, darker with more minutes; weeks run down. */
export function HeatMap({ days }: { days: HistoryStatsData['heatmap'] }) {
  const { t } = useTranslation('history');
  const active = days.filter((day) => day.minutes > 0).length;
  return (
    <figure className="heatmap-figure">
      <div
        className="heatmap"
        role="img"
        aria-label={t('heatMap.label', { active, total: days.length })}
      >
        {days.map((day) => {
          const level = LEVELS.filter((threshold) => day.minutes > threshold).length;
          return (
            <span
              key={day.date}
              className={`heat heat-${level}`}
              title={t('heatMap.day', {
                date: formatDate(dayOf(day.date), {
                  day: 'numeric',
                  month: 'short',
                  year: 'numeric',
                }),
                length: formatLength(day.minutes * 60),
              })}
            />
          );
        })}
      </div>
      <figcaption className="heat-legend muted" aria-hidden="true">
        {t('heatMap.less')} <span className="heat heat-0" /> <span className="heat heat-1" />{' '}
        <span className="heat heat-2" /> <span className="heat heat-3" />{' '}
        <span className="heat heat-4" /> {t('heatMap.more')}
      </figcaption>
    </figure>
  );
}
