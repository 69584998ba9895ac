import { LayoutGrid, List, Search, X } from 'lucide-react';
import {
  BODY_AREA_LABELS,
  TECHNIQUE_IDS,
  TECHNIQUE_LABELS,
  type BodyArea,
} from '../../content/vocabulary';
import { LENGTH_OPTIONS, isFiltering, type LibraryFilters } from './library-filters';
import './LibrarySearch.css';

export type LibraryView = 'cards' | 'list';

/**
 * The search box, the filters, how many routines they leave and a way back to all of them.
 * It only reports what the user chose; the screen does the filtering.
 */
export function LibrarySearch(props: {
  filters: LibraryFilters;
  onChange: (patch: Partial<LibraryFilters>) => void;
  onClear: () => void;
  areas: readonly BodyArea[];
  view: LibraryView;
  onView: (view: LibraryView) => void;
  hiddenCount: number;
  showHidden: boolean;
  onShowHidden: (show: boolean) => void;
  /** Null while the routines load. */
  count: { shown: number; total: number } | null;
}) {
  const { filters, onChange, count } = props;
  return (
    <section className="library-search" aria-label="Find a routine">
      <div className="search-row">
        <label className="field search-field">
          <span>Search routines</span>
          <span className="search-input">
            <Search aria-hidden="true" size={18} />
            <input
              type="search"
              value={filters.query}
              placeholder="A name, body area or technique, like “neck”"
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onChange({ query: e.target.value })}
            />
          </span>
        </label>
        <fieldset className="view-toggle">
          <legend className="visually-hidden">Show routines as</legend>
          <div className="segmented">
            <label className="segment">
              <input
                type="radio"
                name="library-view"
                checked={props.view === 'cards'}
                onChange={() => props.onView('cards')}
              />
              <LayoutGrid aria-hidden="true" size={16} /> Cards
            </label>
            <label className="segment">
              <input
                type="radio"
                name="library-view"
                checked={props.view === 'list'}
                onChange={() => props.onView('list')}
              />
              <List aria-hidden="true" size={16} /> List
            </label>
          </div>
        </fieldset>
      </div>

      <div className="filters" role="group" aria-label="Filter routines">
        <FilterSelect
          label="Technique"
          value={filters.technique}
          onChange={(technique) => onChange({ technique })}
          options={[
            { value: 'any', label: 'All techniques' },
            ...TECHNIQUE_IDS.map((id) => ({ value: id, label: TECHNIQUE_LABELS[id] })),
          ]}
        />
        <FilterSelect
          label="Body area"
          value={filters.area}
          onChange={(area) => onChange({ area })}
          options={[
            { value: 'any', label: 'All areas' },
            ...props.areas.map((id) => ({ value: id, label: BODY_AREA_LABELS[id] })),
          ]}
        />
        <FilterSelect
          label="Length"
          value={filters.length}
          onChange={(length) => onChange({ length })}
          options={LENGTH_OPTIONS}
        />
        <div className="filter-toggles">
          <label className="toggle">
            <input
              type="checkbox"
              checked={filters.noEquipment}
              onChange={(e) => onChange({ noEquipment: e.target.checked })}
            />
            <span>No equipment</span>
          </label>
          {props.hiddenCount > 0 && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={props.showHidden}
                onChange={(e) => props.onShowHidden(e.target.checked)}
              />
              <span>Show hidden routines ({props.hiddenCount})</span>
            </label>
          )}
        </div>
        <div className="result-row">
          {count && (
            <p className="muted result-count" aria-live="polite">
              {count.shown === count.total
                ? `${count.total} routines`
                : `${count.shown} of ${count.total} routines`}
            </p>
          )}
          {/* With nothing left, the empty message below carries the button instead. */}
          {isFiltering(filters) && count?.shown !== 0 && <ClearFilters onClear={props.onClear} />}
        </div>
      </div>
    </section>
  );
}

export function ClearFilters({ onClear }: { onClear: () => void }) {
  return (
    <button type="button" className="button small ghost" onClick={onClear}>
      <X aria-hidden="true" size={14} /> Clear filters
    </button>
  );
}

function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      {/* The options are exactly the values of T, so the selected string is one of them. */}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
