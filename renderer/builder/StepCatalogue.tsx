import { ChevronDown, Plus, Search } from 'lucide-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { formatLength } from '../../content/format-length';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  TECHNIQUE_IDS,
  TECHNIQUE_LABELS,
  type BodyArea,
  type TechniqueId,
} from '../../content/vocabulary';
import type { MethodOutput } from '../../electron/common/ipc/contract';
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
    TECHNIQUE_LABELS[step.technique],
    ...step.bodyAreas.map((area) => BODY_AREA_LABELS[area]),
  ]
    .join(' ')
    .toLowerCase();
}

export function StepCatalogue(props: {
  entries: readonly CatalogueEntry[];
  onAdd: (entry: CatalogueEntry) => void;
  addDisabled: boolean;
}) {
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
    [props.entries],
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
        <h2 id="catalogue-title">Step catalogue</h2>
        <p className="muted">
          Every step from the library, with its recorded voice. Add as many as you like.
        </p>
      </div>
      <div className="catalogue-filters" role="search" aria-label="Find steps">
        <label className="field catalogue-search">
          <span>Search</span>
          <span className="input-with-icon">
            <Search aria-hidden="true" size={16} />
            <input
              type="search"
              value={query}
              placeholder="Title, area or routine"
              aria-describedby={countId}
              onChange={(e) => filtered(setQuery)(e.target.value)}
            />
          </span>
        </label>
        <label className="field">
          <span>Technique</span>
          <select
            value={technique}
            onChange={(e) => filtered(setTechnique)(e.target.value as TechniqueId | 'any')}
          >
            <option value="any">All techniques</option>
            {usedTechniques.map((id) => (
              <option key={id} value={id}>
                {TECHNIQUE_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Body area</span>
          <select
            value={area}
            onChange={(e) => filtered(setArea)(e.target.value as BodyArea | 'any')}
          >
            <option value="any">All areas</option>
            {usedAreas.map((id) => (
              <option key={id} value={id}>
                {BODY_AREA_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={countId} className="muted result-count" aria-live="polite">
        {visible.length === props.entries.length
          ? `${props.entries.length} steps`
          : `${visible.length} of ${props.entries.length} steps`}
      </p>
      <ul className="catalogue-list" aria-label="Catalogue steps">
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
          <ChevronDown aria-hidden="true" size={16} /> Show more steps
          <span className="muted">({visible.length - limit} more)</span>
        </button>
      )}
      {visible.length === 0 && (
        <p className="empty">No step matches. Try fewer words or another area.</p>
      )}
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
  const { step } = entry;
  return (
    <article className="catalogue-item" aria-label={`${step.title}, from ${entry.routineTitle}`}>
      <span className="card-icon small" aria-hidden="true">
        <TechniqueIcon technique={step.technique} size={18} />
      </span>
      <div className="catalogue-item-body">
        <h3>{step.title}</h3>
        <p className="catalogue-item-meta">
          <span>{TECHNIQUE_LABELS[step.technique]}</span>
          <span aria-hidden="true"> · </span>
          <span className="tabular">{formatLength(step.seconds.default)}</span>
          <span aria-hidden="true"> · </span>
          <span>from {entry.routineTitle}</span>
        </p>
        <ul className="chips" aria-label="Body areas">
          {step.bodyAreas.map((area) => (
            <li key={area} className="chip chip-quiet">
              {BODY_AREA_LABELS[area]}
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
        Add
        <span className="visually-hidden">
          {' '}
          {step.title} from {entry.routineTitle}
        </span>
      </button>
    </article>
  );
}
