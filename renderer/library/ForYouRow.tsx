import { Play } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import { hrefOf } from '../app/route';
import { formatLength } from '../i18n/format';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import type { Suggestion } from './for-you';
import './ForYouRow.css';

/**
 * A few routines picked for this person, each with why, so on a bad day the choice is
 * already made. Its buttons are named apart from the cards' ("Start now: …" beside "Start …"),
 * so each name leads to one thing, for screen readers and for tests alike.
 */
export function ForYouRow({
  suggestions,
  play,
}: {
  suggestions: readonly Suggestion[];
  play: (routineId: string) => void;
}) {
  const { t } = useTranslation('library');
  if (suggestions.length === 0) return null;
  return (
    <section className="for-you" aria-labelledby="for-you-title">
      <h2 id="for-you-title" className="section-title">
        {t('forYou.title')}
      </h2>
      <ul className="for-you-list">
        {suggestions.map(({ routine, reason }) => (
          <li key={routine.id} className="for-you-tile">
            <span className="card-icon">
              {routine.techniques[0] && <TechniqueIcon technique={routine.techniques[0]} />}
            </span>
            <div className="for-you-text">
              <a className="for-you-title" href={hrefOf({ name: 'player', routineId: routine.id })}>
                {routine.title}
              </a>
              <p className="for-you-reason">
                {reason} <span className="tabular">· {formatLength(routine.seconds)}</span>
              </p>
            </div>
            <button
              type="button"
              className="button small primary"
              aria-label={t('forYou.startNow', { title: routine.title })}
              onClick={() => play(routine.id)}
            >
              <Play aria-hidden="true" size={14} />
              {t('forYou.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
