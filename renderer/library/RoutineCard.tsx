import { useRef, useState } from 'react';
import {
  Copy,
  Download,
  Eye,
  EyeOff,
  MoreHorizontal,
  Pencil,
  Play,
  Trash2,
  TriangleAlert,
} from 'lucide-react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/use-translation';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { EquipmentList } from '../ui/EquipmentList';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import { formatLength } from '../i18n/format';
import { bodyAreaLabel, techniqueLabel } from '../i18n/vocabulary';
import { hrefOf } from '../app/route';
import './RoutineCard.css';

export interface CardActions {
  play: (routineId: string) => void;
  exportRoutine: (routine: RoutineSummary) => void;
  askDelete: (routine: RoutineSummary) => void;
  setHidden: (routine: RoutineSummary, hidden: boolean) => void;
}

export function RoutineCard({
  routine,
  actions,
}: {
  routine: RoutineSummary;
  actions: CardActions;
}) {
  const { t } = useTranslation('library');
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu's items are drawn when it opens: eighteen closed menus of icons would otherwise
  // be most of what the library builds before it can be used.
  const [menuOpen, setMenuOpen] = useState(false);
  // A chosen action closes the menu, as a menu does.
  const choose = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  const lead = routine.techniques[0];
  const titleId = `routine-${routine.id}-title`;
  const hidden = <span className="visually-hidden" />;
  return (
    <article
      className={routine.hidden ? 'card routine-card is-hidden' : 'card routine-card'}
      aria-labelledby={titleId}
      data-routine-id={routine.id}
    >
      <div className="card-top">
        <span className="card-icon">{lead && <TechniqueIcon technique={lead} />}</span>
        {!routine.builtIn && <span className="chip chip-own">{t('routineCard.yours')}</span>}
        {routine.hidden && <span className="chip chip-quiet">{t('routineCard.hidden')}</span>}
        <span className="length tabular">{formatLength(routine.seconds)}</span>
      </div>
      <h2 id={titleId}>{routine.title}</h2>
      <p className="summary">{routine.summary}</p>
      <ul className="chips" aria-label={t('routineCard.techniques')}>
        {routine.techniques.map((id) => (
          <li key={id} className="chip">
            {techniqueLabel(id)}
          </li>
        ))}
      </ul>
      <ul className="chips" aria-label={t('routineCard.bodyAreas')}>
        {routine.bodyAreas.map((id) => (
          <li key={id} className="chip chip-quiet">
            {bodyAreaLabel(id)}
          </li>
        ))}
      </ul>
      <EquipmentList equipment={routine.equipment} />
      <details className="cautions">
        <summary>
          <TriangleAlert aria-hidden="true" size={14} />
          {t('routineCard.cautions', {
            intensity: t(`routineCard.intensity.${routine.intensity}`),
          })}
        </summary>
        <ul>
          {routine.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      </details>
      <div className="card-actions">
        <button type="button" className="button primary" onClick={() => actions.play(routine.id)}>
          <Play aria-hidden="true" size={16} />
          <Trans
            t={t}
            i18nKey="routineCard.start"
            values={{ title: routine.title }}
            components={{ hidden }}
          />
        </button>
        <a className="button ghost" href={hrefOf({ name: 'player', routineId: routine.id })}>
          <Trans
            t={t}
            i18nKey="routineCard.details"
            values={{ title: routine.title }}
            components={{ hidden }}
          />
        </a>
        <details
          className="card-menu"
          ref={menu}
          onToggle={(event) => setMenuOpen(event.currentTarget.open)}
        >
          <summary
            className="icon-button"
            aria-label={t('routineCard.moreActions', { title: routine.title })}
          >
            <MoreHorizontal aria-hidden="true" size={18} />
          </summary>
          {menuOpen && (
            <div
              className="menu"
              role="group"
              aria-label={t('routineCard.actions', { title: routine.title })}
            >
              {!routine.builtIn && (
                <a
                  className="menu-item"
                  href={hrefOf({ name: 'builder', mode: 'edit', routineId: routine.id })}
                >
                  <Pencil aria-hidden="true" size={16} /> {t('routineCard.edit')}
                </a>
              )}
              <a
                className="menu-item"
                href={hrefOf({ name: 'builder', mode: 'copy', routineId: routine.id })}
              >
                <Copy aria-hidden="true" size={16} /> {t('routineCard.duplicate')}
              </a>
              <button
                type="button"
                className="menu-item"
                onClick={choose(() => actions.exportRoutine(routine))}
              >
                <Download aria-hidden="true" size={16} /> {t('routineCard.export')}
              </button>
              {routine.builtIn ? (
                <button
                  type="button"
                  className="menu-item"
                  onClick={choose(() => actions.setHidden(routine, !routine.hidden))}
                >
                  {routine.hidden ? (
                    <Eye aria-hidden="true" size={16} />
                  ) : (
                    <EyeOff aria-hidden="true" size={16} />
                  )}
                  {routine.hidden ? t('routineCard.show') : t('routineCard.hide')}
                </button>
              ) : (
                <button
                  type="button"
                  className="menu-item danger"
                  onClick={choose(() => actions.askDelete(routine))}
                >
                  <Trash2 aria-hidden="true" size={16} /> {t('routineCard.delete')}
                </button>
              )}
            </div>
          )}
        </details>
      </div>
    </article>
  );
}
