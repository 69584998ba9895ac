import { MapPin } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatNumber } from '../i18n/format';
import { bodyAreaLabel } from '../i18n/vocabulary';
import './PainByArea.css';

type AreaPain = MethodOutput<'getHistoryStats'>['painByArea'][number];

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 28;

/** Relief is shown as a change in pain: relief lowers it (−), a worse score raises it (+). */
const signOf = (relief: number) => (relief >= 0 ? '−' : '+');
const onePlace = (value: number) =>
  formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Where it hurts, from the areas tapped at check-in: per area, how often, the average pain
 * before and after, its course over time, and which routines ease that area (a neck routine
 * judged by neck pain).
 */
export function PainByArea({ areas }: { areas: readonly AreaPain[] }) {
  const { t } = useTranslation('history');
  return (
    <section className="card pain-by-area" aria-labelledby="areas-title">
      <h2 id="areas-title" className="section-title">
        <MapPin aria-hidden="true" size={18} /> {t('painByArea.title')}
      </h2>
      {areas.length === 0 ? (
        <p className="muted">{t('painByArea.empty')}</p>
      ) : (
        <ul className="area-rows">
          {areas.map((row) => (
            <AreaRow key={row.area} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AreaRow({ row }: { row: AreaPain }) {
  const { t } = useTranslation('history');
  const name = bodyAreaLabel(row.area);
  const scores = row.trend
    .map((point) => point.before ?? point.after)
    .filter((score) => score !== undefined);
  const helps = row.whatHelps[0];
  return (
    <li className="area-row" data-area={row.area}>
      <span className="area-name">{name}</span>
      <span className="muted tabular">{t('painByArea.sessions', { count: row.sessions })}</span>
      <span className="tabular area-average">{averages(row, t)}</span>
      {scores.length > 1 && <Spark scores={scores} area={name} />}
      {helps && (
        <span className="area-helps">
          {t('painByArea.helpsMost')} <strong>{helps.title}</strong>{' '}
          <span className="tabular">
            {t('painByArea.relief', {
              sign: signOf(helps.averageRelief),
              points: onePlace(Math.abs(helps.averageRelief)),
            })}
          </span>
          {helps.meaningful && <span className="chip">{t('painByArea.meaningful')}</span>}
        </span>
      )}
    </li>
  );
}

/** "before 6.5 · after 4.0", or the one of them there is. */
function averages(row: AreaPain, t: TFunction<'history'>): string {
  const { averageBefore: before, averageAfter: after } = row;
  if (before !== undefined && after !== undefined) {
    return t('painByArea.averageBoth', { before: onePlace(before), after: onePlace(after) });
  }
  if (before !== undefined) return t('painByArea.averageBefore', { before: onePlace(before) });
  if (after !== undefined) return t('painByArea.averageAfter', { after: onePlace(after) });
  return '';
}

/** A line of the scores on a 0–10 scale, oldest first, with the course in words. */
function Spark({ scores, area }: { scores: readonly number[]; area: string }) {
  const { t } = useTranslation('history');
  const step = SPARK_WIDTH / (scores.length - 1);
  const points = scores
    .map(
      (score, i) =>
        `${(i * step).toFixed(1)},${(SPARK_HEIGHT - (score / 10) * SPARK_HEIGHT).toFixed(1)}`,
    )
    .join(' ');
  const first = scores[0];
  const last = scores[scores.length - 1];
  return (
    <svg
      className="area-spark"
      viewBox={`-2 -2 ${SPARK_WIDTH + 4} ${SPARK_HEIGHT + 4}`}
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      role="img"
      aria-label={t('painByArea.spark', { area, first, last, count: scores.length })}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
