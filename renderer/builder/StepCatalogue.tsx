import { ChevronDown, Plus, Search } from 'lucide-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import {
  BODY_AREAS,
  TECHNIQUE_IDS,
  type BodyArea,
  type TechniqueId,
} from '../../content/vocabulary';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { formatLength } from '../i18n/format';
import { bodyAreaLabel, techniqueLabel } from '../i18n/vocabulary';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import './StepCatalogue.css';

export type CatalogueEntry = MethodOutput<'listStepCatalogue'>[number];

/**
 * Matches shown at first, and how many more each "Show more steps" adds. The catalogue is
 * part of the page (a box that scrolls inside a scrolling page traps the wheel and hides
 * steps); showing a dozen at a time keeps the page a sensible length instead.
 */
const PAGE = 12;

/** Everything a person might type to find a step, in lower case. */
function haystack({ step, routineTitle }: CatalogueEntry): string {
  return [
    step.title,
    step.caption,
    routineTitle,
    techniqueLabel(step.technique),
    ...step.bodyAreas.map(bodyAreaLabel),
  ]
    .join(' ')
    .toLowerCase();
}

export function StepCatalogue(props: {
  entries: readonly CatalogueEntry[];
  onAdd: (entry: CatalogueEntry) => void;
  addDisabled: boolean;
}) {
  const { t, i18n } = useTranslation('builder');
  const language = i18n.language;
  const [query, setQuery] = useState('');
  const [technique, setTechnique] = useState<TechniqueId | 'any'>('any');
  const [area, setArea] = useState<BodyArea | 'any'>('any');
  // Typing stays responsive while the hundred-odd entries re-filter behind it.
  const deferredQuery = useDeferredValue(query);
  const countId = useId();
  const [limit, setLimit] = useState(PAGE);
  // A new search starts again from the first dozen.
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setLimit(PAGE);
    };

  const indexed = useMemo(
    () => props.entries.map((entry) => ({ entry, text: haystack(entry) })),
    // The names of techniques and areas are searched in the language shown: haystack reads
    // them from i18n, so a change of language is what makes them stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [props.entries, language],
  );
  const usedTechniques = TECHNIQUE_IDS.filter((id) =>
    props.entries.some(({ step }) => step.technique === id),
  );
  const usedAreas = BODY_AREAS.filter((id) =>
    props.entries.some(({ step }) => step.bodyAreas.includes(id)),
  );

  const visible = useMemo(() => {
    const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
    return indexed
      .filter(
        ({ entry, text }) =>
          (technique === 'any' || entry.step.technique === technique) &&
          (area === 'any' || entry.step.bodyAreas.includes(area)) &&
          words.every((word) => text.includes(word)),
      )
      .map(({ entry }) => entry);
  }, [indexed, deferredQuery, technique, area]);

  return (
    <section className="card builder-panel" aria-labelledby="catalogue-title">
      <div className="builder-panel-header">
        <h2 id="catalogue-title">{t('stepCatalogue.title')}</h2>
        <p className="muted">{t('stepCatalogue.intro')}</p>
      </div>
      <div className="catalogue-filters" role="search" aria-label={t('stepCatalogue.find')}>
        <label className="field catalogue-search">
          <span>{t('stepCatalogue.search')}</span>
          <span className="input-with-icon">
            <Search aria-hidden="true" size={16} />
            <input
              type="search"
              value={query}
              placeholder={t('stepCatalogue.searchPlaceholder')}
              aria-describedby={countId}
              onChange={(e) => filtered(setQuery)(e.target.value)}
            />
          </span>
        </label>
        <label className="field">
          <span>{t('stepCatalogue.technique')}</span>
          <select
            value={technique}
            onChange={(e) => filtered(setTechnique)(e.target.value as TechniqueId | 'any')}
          >
            <option value="any">{t('stepCatalogue.allTechniques')}</option>
            {usedTechniques.map((id) => (
              <option key={id} value={id}>
                {techniqueLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('stepCatalogue.area')}</span>
          <select
            value={area}
            onChange={(e) => filtered(setArea)(e.target.value as BodyArea | 'any')}
          >
            <option value="any">{t('stepCatalogue.allAreas')}</option>
            {usedAreas.map((id) => (
              <option key={id} value={id}>
                {bodyAreaLabel(id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={countId} className="muted result-count" aria-live="polite">
        {visible.length === props.entries.length
          ? t('stepCatalogue.count', { count: props.entries.length })
          : t('stepCatalogue.countFiltered', {
              shown: visible.length,
              count: props.entries.length,
            })}
      </p>
      <ul className="catalogue-list" aria-label={t('stepCatalogue.list')}>
        {visible.slice(0, limit).map((entry) => (
          <li key={`${entry.routineId}/${entry.step.id}`}>
            <CatalogueItem entry={entry} onAdd={props.onAdd} disabled={props.addDisabled} />
          </li>
        ))}
      </ul>
      {visible.length > limit && (
        <button
          type="button"
          className="button catalogue-more"
          onClick={() => setLimit((count) => count + PAGE)}
        >
          <ChevronDown aria-hidden="true" size={16} /> {t('stepCatalogue.showMore')}
          <span className="muted">
            {t('stepCatalogue.more', { number: visible.length - limit })}
          </span>
        </button>
      )}
      {visible.length === 0 && <p className="empty">{t('stepCatalogue.noMatch')}</p>}
    </section>
  );
}

function CatalogueItem({
  entry,
  onAdd,
  disabled,
}: {
  entry: CatalogueEntry;
  onAdd: (entry: CatalogueEntry) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('builder');
  const { step } = entry;
  const names = { title: step.title, routine: entry.routineTitle };
  return (
    <article className="catalogue-item" aria-label={t('catalogueItem.label', names)}>
      <span className="card-icon small" aria-hidden="true">
        <TechniqueIcon technique={step.technique} size={18} />
      </span>
      <div className="catalogue-item-body">
        <h3>{step.title}</h3>
        <p className="catalogue-item-meta">
          <span>{techniqueLabel(step.technique)}</span>
          <span aria-hidden="true"> · </span>
          <span className="tabular">{formatLength(step.seconds.default)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('catalogueItem.from', names)}</span>
        </p>
        <ul className="chips" aria-label={t('catalogueItem.areas')}>
          {step.bodyAreas.map((area) => (
            <li key={area} className="chip chip-quiet">
              {bodyAreaLabel(area)}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="button small"
        disabled={disabled}
        onClick={() => onAdd(entry)}
      >
        <Plus aria-hidden="true" size={16} />
        {t('catalogueItem.add')}
        <span className="visually-hidden"> {t('catalogueItem.addWhat', names)}</span>
      </button>
    </article>
  );
}
