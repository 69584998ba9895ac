import { FilePlus2 } from 'lucide-react';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { BODY_AREAS } from '../../content/vocabulary';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import type { PlanChoices } from '../../electron/common/settings-schema';
import { api, errorMessage } from '../app/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { JsonFileButton } from '../ui/JsonFileButton';
import { RoutineCard, type CardActions } from './RoutineCard';
import { LastRoutineCard } from './LastRoutineCard';
import { exportRoutine, importRoutineFile } from './routine-files';
import { READY_MARK } from '../app/ready-mark';
import { loadLibraryStats, loadRoutineProblems, loadRoutines } from '../app/startup-data';
import { useMainData } from '../app/use-main-data';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback } from '../app/playback-context';
import { hrefOf } from '../app/route';
import { useSettings } from '../app/settings-context';
import { isSessionActive } from '../player/NowPlayingBar';
import { forYou } from './for-you';
import { ForYouRow } from './ForYouRow';
import { filterRoutines, isFiltering, NO_FILTERS, type LibraryFilters } from './library-filters';
import { ClearFilters, LibrarySearch, type LibraryView } from './LibrarySearch';
import { PresetRow } from './PresetRow';
import { RoutineList } from './RoutineList';
import './LibraryScreen.css';

/** Cards or list, kept while the app runs: coming back to the library keeps the choice. */
let lastView: LibraryView = 'cards';

/**
 * The first row of cards (three across at the usual window size; the second row starts
 * below the fold) is drawn with the screen; the rest follow in the background once those
 * are on screen. Building all eighteen cards at once took longer than everything else the
 * first screen does.
 */
const FIRST_CARDS = 3;

export function LibraryScreen() {
  const { t } = useTranslation('library');
  const list = useMainData<RoutineSummary[]>(loadRoutines, {
    initial: loadRoutines.takeEmbedded,
  });
  const routines = list.data ?? null;
  const error = list.error;
  // The routines themselves still load without it; problems are a courtesy.
  const problems =
    useMainData(loadRoutineProblems, { initial: loadRoutineProblems.takeEmbedded }).data ?? [];
  // Stats are a courtesy too: without them the For you row simply has less in it.
  const stats = useMainData(loadLibraryStats, {
    changedBy: ['historyChanged'],
    initial: loadLibraryStats.takeEmbedded,
  }).data;
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [view, setViewState] = useState<LibraryView>(lastView);
  const setView = (next: LibraryView) => {
    lastView = next;
    setViewState(next);
  };
  const [showHidden, setShowHidden] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RoutineSummary | null>(null);

  const { replace } = list;
  // Awaited by the actions, so their message shows beside the list as it now is.
  const reload = useCallback(async () => replace(await api().listRoutines()), [replace]);
  const act = useCallback(async (action: () => Promise<string | null>) => {
    try {
      setNotice(await action());
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
      setNotice(null);
    }
  }, []);

  const { error: playError, snapshot } = usePlayback();
  const begin = useBeginRoutine();
  const { settings } = useSettings();
  const play = useCallback(
    async (routineId: string, choices: PlanChoices = {}) => {
      if (await begin({ routineId, ...choices })) window.location.hash = hrefOf({ name: 'player' });
    },
    [begin],
  );
  const actions: CardActions = useMemo(
    () => ({
      play: (routineId) => void play(routineId),
      exportRoutine: (routine) =>
        void act(async () => {
          await exportRoutine(routine.id);
          return t('libraryScreen.exported', { title: routine.title, id: routine.id });
        }),
      askDelete: (routine) => setDeleting(routine),
      setHidden: (routine, hidden) =>
        void act(async () => {
          await api().setRoutineHidden({ id: routine.id, hidden });
          await reload();
          return hidden
            ? t('libraryScreen.hidden', { title: routine.title })
            : t('libraryScreen.shown', { title: routine.title });
        }),
    }),
    [act, play, reload, t],
  );
  const running = isSessionActive(snapshot?.status) ? snapshot?.plan?.routineId : undefined;

  useEffect(() => {
    // The moment the library can be used; `npm run bench` reads it as time to interactive.
    if (routines !== null && performance.getEntriesByName(READY_MARK).length === 0) {
      performance.mark(READY_MARK);
    }
  }, [routines]);

  const visible = useMemo(
    () => filterRoutines(routines ?? [], filters, showHidden),
    [routines, filters, showHidden],
  );
  const [allDrawn, setAllDrawn] = useState(false);
  const loaded = routines !== null;
  useEffect(() => {
    if (allDrawn || !loaded) return;
    // After the frame that shows the first cards, at a priority typing and clicks can interrupt.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setAllDrawn(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [allDrawn, loaded]);
  const drawn = allDrawn ? visible : visible.slice(0, FIRST_CARDS);
  const hiddenCount = routines?.filter((routine) => routine.hidden).length ?? 0;
  const total = (routines?.length ?? 0) - (showHidden ? 0 : hiddenCount);
  const filtering = isFiltering(filters);
  const clearFilters = () => setFilters(NO_FILTERS);
  const suggestions = useMemo(
    () =>
      forYou({
        routines: routines ?? [],
        focusAreas: settings?.focusAreas ?? [],
        whatHelps: stats?.whatHelps ?? [],
      }),
    [routines, settings?.focusAreas, stats?.whatHelps],
  );
  const presets = settings?.presets ?? [];
  const titleOf = (id: string) => routines?.find((routine) => routine.id === id)?.title ?? id;

  const usedAreas = useMemo(
    () => BODY_AREAS.filter((id) => routines?.some((routine) => routine.bodyAreas.includes(id))),
    [routines],
  );

  return (
    <section aria-labelledby="library-title" className="screen">
      <header className="screen-header library-header">
        <div>
          <h1 id="library-title">{t('libraryScreen.title')}</h1>
          <p className="lede">{t('libraryScreen.lede')}</p>
        </div>
        <div className="library-tools">
          <a className="button" href={hrefOf({ name: 'builder', mode: 'new' })}>
            <FilePlus2 aria-hidden="true" size={16} /> {t('libraryScreen.newRoutine')}
          </a>
          <JsonFileButton
            label={t('libraryScreen.import')}
            inputLabel={t('libraryScreen.importInput')}
            onFile={(file) =>
              void act(async () => {
                const imported = await importRoutineFile(file);
                await reload();
                return imported.renamed
                  ? t('libraryScreen.importedCopy', { title: imported.title })
                  : t('libraryScreen.imported', { title: imported.title });
              })
            }
          />
        </div>
      </header>

      {(notice || actionError) && (
        <p
          className={actionError ? 'field-error' : 'notice'}
          role={actionError ? 'alert' : 'status'}
        >
          {actionError ?? notice}
        </p>
      )}

      <LastRoutineCard
        routines={routines ?? []}
        lastRoutineId={settings?.lastRoutineId ?? null}
        runningId={running}
        play={(routineId) => void play(routineId)}
      />

      <PresetRow
        presets={presets}
        titleOf={titleOf}
        play={(routineId, choices) => void play(routineId, choices)}
        remove={(preset) =>
          void act(async () => {
            await api().deletePreset({ id: preset.id });
            return t('libraryScreen.presetDeleted', { name: preset.name });
          })
        }
      />

      <LibrarySearch
        filters={filters}
        onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))}
        onClear={clearFilters}
        areas={usedAreas}
        view={view}
        onView={setView}
        hiddenCount={hiddenCount}
        showHidden={showHidden}
        onShowHidden={setShowHidden}
        count={routines === null ? null : { shown: visible.length, total }}
      />

      {(error ?? playError) && (
        <p className="field-error" role="alert">
          {error ? t('libraryScreen.loadError', { error }) : playError}
        </p>
      )}
      {routines === null && !error && <p className="muted">{t('libraryScreen.loading')}</p>}

      {!filtering && (
        <ForYouRow suggestions={suggestions} play={(routineId) => void play(routineId)} />
      )}

      {!filtering && suggestions.length > 0 && routines !== null && (
        <h2 className="section-title all-routines-title">{t('libraryScreen.allRoutines')}</h2>
      )}
      {visible.length === 0 ? null : view === 'list' ? (
        <RoutineList routines={drawn} play={(routineId) => void play(routineId)} />
      ) : (
        <ul className="routine-grid" aria-label={t('libraryScreen.routines')}>
          {drawn.map((routine) => (
            <li key={routine.id}>
              <RoutineCard routine={routine} actions={actions} />
            </li>
          ))}
        </ul>
      )}
      {routines !== null && visible.length === 0 && (
        <div className="empty library-empty">
          <p>{t('libraryScreen.noMatch')}</p>
          {filtering && <ClearFilters onClear={clearFilters} />}
        </div>
      )}

      {problems.length > 0 && (
        <section className="card problems" aria-labelledby="problems-title">
          <h2 id="problems-title">{t('libraryScreen.problemsTitle')}</h2>
          <p className="muted">{t('libraryScreen.problemsBody')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.file}>
                <code>{problem.file}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ConfirmDialog
        open={deleting !== null}
        title={t('libraryScreen.deleteTitle', { title: deleting?.title ?? '' })}
        body={t('libraryScreen.deleteBody')}
        cancelLabel={t('libraryScreen.keep')}
        confirmLabel={t('libraryScreen.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const routine = deleting;
          setDeleting(null);
          if (routine) {
            void act(async () => {
              await api().deleteRoutine({ id: routine.id });
              await reload();
              return t('libraryScreen.deleted', { title: routine.title });
            });
          }
        }}
      />
    </section>
  );
}
