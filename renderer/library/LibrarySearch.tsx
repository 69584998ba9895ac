import { LayoutGrid, List, Search, X } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import { TECHNIQUE_IDS, type BodyArea } from '../../content/vocabulary';
import { bodyAreaLabel, techniqueLabel } from '../i18n/vocabulary';
import { LENGTH_FILTERS, isFiltering, type LibraryFilters } from './library-filters';
import './LibrarySearch.css';

export type LibraryView = 'cards' | 'list';

/** The filters' "no choice" value, first in each list. */
const ANY = 'any' as const;

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
  const { t } = useTranslation('library');
  const { filters, onChange, count } = props;
  const techniqueOptions = [
    { value: ANY, label: t('librarySearch.allTechniques') },
    ...TECHNIQUE_IDS.map((id) => ({ value: id, label: techniqueLabel(id) })),
  ];
  const areaOptions = [
    { value: ANY, label: t('librarySearch.allAreas') },
    ...props.areas.map((id) => ({ value: id, label: bodyAreaLabel(id) })),
  ];
  const lengthOptions = LENGTH_FILTERS.map((value) => ({
    value,
    label: t(`librarySearch.lengths.${value}`),
  }));
  return (
    <section className="library-search" aria-label={t('librarySearch.label')}>
      <div className="search-row">
        <label className="field search-field">
          <span>{t('librarySearch.search')}</span>
          <span className="search-input">
            <Search aria-hidden="true" size={18} />
            <input
              type="search"
              value={filters.query}
              placeholder={t('librarySearch.placeholder')}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onChange({ query: e.target.value })}
            />
          </span>
        </label>
        <fieldset className="view-toggle">
          <legend className="visually-hidden">{t('librarySearch.showAs')}</legend>
          <div className="segmented">
            <label className="segment">
              <input
                type="radio"
                name="library-view"
                checked={props.view === 'cards'}
                onChange={() => props.onView('cards')}
              />
              <LayoutGrid aria-hidden="true" size={16} /> {t('librarySearch.cards')}
            </label>
            <label className="segment">
              <input
                type="radio"
                name="library-view"
                checked={props.view === 'list'}
                onChange={() => props.onView('list')}
              />
              <List aria-hidden="true" size={16} /> {t('librarySearch.list')}
            </label>
          </div>
        </fieldset>
      </div>

      <div className="filters" role="group" aria-label={t('librarySearch.filters')}>
        <FilterSelect
          label={t('librarySearch.technique')}
          value={filters.technique}
          onChange={(technique) => onChange({ technique })}
          options={techniqueOptions}
        />
        <FilterSelect
          label={t('librarySearch.bodyArea')}
          value={filters.area}
          onChange={(area) => onChange({ area })}
          options={areaOptions}
        />
        <FilterSelect
          label={t('librarySearch.length')}
          value={filters.length}
          onChange={(length) => onChange({ length })}
          options={lengthOptions}
        />
        <div className="filter-toggles">
          <label className="toggle">
            <input
              type="checkbox"
              checked={filters.noEquipment}
              onChange={(e) => onChange({ noEquipment: e.target.checked })}
            />
            <span>{t('librarySearch.noEquipment')}</span>
          </label>
          {props.hiddenCount > 0 && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={props.showHidden}
                onChange={(e) => props.onShowHidden(e.target.checked)}
              />
              <span>{t('librarySearch.showHidden', { hidden: props.hiddenCount })}</span>
            </label>
          )}
        </div>
        <div className="result-row">
          {count && (
            <p className="muted result-count" aria-live="polite">
              {count.shown === count.total
                ? t('librarySearch.count', { count: count.total })
                : t('librarySearch.countOf', { shown: count.shown, count: count.total })}
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
  const { t } = useTranslation('library');
  return (
    <button type="button" className="button small ghost" onClick={onClear}>
      <X aria-hidden="true" size={14} /> {t('librarySearch.clear')}
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
