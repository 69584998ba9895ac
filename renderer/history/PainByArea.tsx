import { MapPin } from 'lucide-react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { BODY_AREA_LABELS } from '../../content/vocabulary';
import './PainByArea.css';

type AreaPain = MethodOutput<'getHistoryStats'>['painByArea'][number];

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 28;

/**
 * Where it hurts, from the areas tapped at check-in: per area, how often, the average pain
 * before and after, its course over time, and which routines ease that area (a neck routine
 * judged by neck pain).
 */
export function PainByArea({ areas }: { areas: readonly AreaPain[] }) {
  return (
    <section className="card pain-by-area" aria-labelledby="areas-title">
      <h2 id="areas-title" className="section-title">
        <MapPin aria-hidden="true" size={18} /> Where it hurts
      </h2>
      {areas.length === 0 ? (
        <p className="muted">
          Tap where it hurts at a check-in, and your pain is shown here area by area.
        </p>
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
  const name = BODY_AREA_LABELS[row.area];
  const scores = row.trend
    .map((point) => point.before ?? point.after)
    .filter((score) => score !== undefined);
  const helps = row.whatHelps[0];
  return (
    <li className="area-row" data-area={row.area}>
      <span className="area-name">{name}</span>
      <span className="muted tabular">
        {row.sessions} {row.sessions === 1 ? 'session' : 'sessions'}
      </span>
      <span className="tabular area-average">
        {row.averageBefore !== undefined ? `before ${row.averageBefore.toFixed(1)}` : ''}
        {row.averageBefore !== undefined && row.averageAfter !== undefined ? ' · ' : ''}
        {row.averageAfter !== undefined ? `after ${row.averageAfter.toFixed(1)}` : ''}
      </span>
      {scores.length > 1 && <Spark scores={scores} label={`${name} pain over time`} />}
      {helps && (
        <span className="area-helps">
          Helps most: <strong>{helps.title}</strong>{' '}
          <span className="tabular">
            ({helps.averageRelief >= 0 ? '−' : '+'}
            {Math.abs(helps.averageRelief).toFixed(1)} points)
          </span>
          {helps.meaningful && <span className="chip">Meaningful relief</span>}
        </span>
      )}
    </li>
  );
}

/** A line of the scores on a 0–10 scale, oldest first, with the course in words. */
function Spark({ scores, label }: { scores: readonly number[]; label: string }) {
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
      aria-label={`${label}: from ${first} to ${last} over ${scores.length} check-ins`}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
