import { Play } from 'lucide-react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/use-translation';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { hrefOf } from '../app/route';
import { formatLength } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { bodyAreaLabel } from '../i18n/vocabulary';
import { EquipmentList } from '../ui/EquipmentList';
import './RoutineList.css';

const AREAS_SHOWN = 3;

/** The areas most of its steps work on; a long tail of areas touched once would wrap the row. */
function mainAreas(routine: RoutineSummary): string {
  const areas = [...routine.bodyAreas].sort(
    (a, b) => (routine.areaStepCounts[b] ?? 0) - (routine.areaStepCounts[a] ?? 0),
  );
  const shown = areas.slice(0, AREAS_SHOWN).map(bodyAreaLabel).join(', ');
  const more = areas.length - AREAS_SHOWN;
  return more > 0 ? i18n.t('library:routineList.moreAreas', { areas: shown, count: more }) : shown;
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
  const { t } = useTranslation('library');
  const hidden = <span className="visually-hidden" />;
  return (
    <ul className="routine-list" aria-label={t('routineList.label')}>
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
                  {routine.hidden && <span className="muted"> {t('routineList.hidden')}</span>}
                </h2>
                <p className="row-meta">
                  <span className="visually-hidden">{t('routineList.worksOn')} </span>
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
                  <Trans
                    t={t}
                    i18nKey="routineList.start"
                    values={{ title: routine.title }}
                    components={{ hidden }}
                  />
                </button>
                <a
                  className="button small ghost"
                  href={hrefOf({ name: 'player', routineId: routine.id })}
                >
                  <Trans
                    t={t}
                    i18nKey="routineList.details"
                    values={{ title: routine.title }}
                    components={{ hidden }}
                  />
                </a>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
