import { Play } from 'lucide-react';
import { formatLength } from '../../content/format-length';
import { BODY_AREA_LABELS } from '../../content/vocabulary';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { hrefOf } from '../app/route';
import { EquipmentList } from '../ui/EquipmentList';
import './RoutineList.css';

const AREAS_SHOWN = 3;

/** The areas most of its steps work on; a long tail of areas touched once would wrap the row. */
function mainAreas(routine: RoutineSummary): string {
  const areas = [...routine.bodyAreas].sort(
    (a, b) => (routine.areaStepCounts[b] ?? 0) - (routine.areaStepCounts[a] ?? 0),
  );
  const shown = areas.slice(0, AREAS_SHOWN).map((id) => BODY_AREA_LABELS[id]);
  const more = areas.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * The library as one row per routine, so all of it fits on a screen or two. The cards'
 * menu (edit, export, hide) stays on the cards.
 */
export function RoutineList({
  routines,
  play,
}: {
  routines: readonly RoutineSummary[];
  play: (routineId: string) => void;
}) {
  return (
    <ul className="routine-list" aria-label="Routines">
      {routines.map((routine) => {
        const titleId = `row-${routine.id}-title`;
        return (
          <li key={routine.id}>
            <article
              className={routine.hidden ? 'routine-row is-hidden' : 'routine-row'}
              aria-labelledby={titleId}
              data-routine-id={routine.id}
            >
              <div className="row-main">
                <h2 id={titleId} className="row-title">
                  {routine.title}
                  {routine.hidden && <span className="muted"> (hidden)</span>}
                </h2>
                <p className="row-meta">
                  <span className="visually-hidden">Works on: </span>
                  {mainAreas(routine)}
                  {routine.equipment.length > 0 && (
                    <>
                      <span aria-hidden="true"> · </span>
                      <EquipmentList equipment={routine.equipment} compact />
                    </>
                  )}
                </p>
              </div>
              <span className="row-length tabular">{formatLength(routine.seconds)}</span>
              <div className="row-actions">
                <button
                  type="button"
                  className="button small primary"
                  onClick={() => play(routine.id)}
                >
                  <Play aria-hidden="true" size={14} />
                  Start<span className="visually-hidden"> {routine.title}</span>
                </button>
                <a
                  className="button small ghost"
                  href={hrefOf({ name: 'player', routineId: routine.id })}
                >
                  Details<span className="visually-hidden"> of {routine.title}</span>
                </a>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
