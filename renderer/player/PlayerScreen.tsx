import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ClockCommand } from '../../electron/common/playback-schema';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback, usePlaybackTime, useSpokenLine } from '../app/playback-context';
import { NowPlaying } from './NowPlaying';
import { NowPlayingBar, isSessionActive } from './NowPlayingBar';
import { RoutineScreen } from '../routine/RoutineScreen';
import { SessionEnd } from './SessionEnd';
import { LastRoutineCard } from '../library/LastRoutineCard';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { loadRoutines } from '../app/startup-data';
import { useMainData } from '../app/use-main-data';
import { useSettings } from '../app/settings-context';

/** The player route: the routine before it starts, the player while it runs, the end after. */
export function PlayerScreen({ routineId }: { routineId: string | undefined }) {
  const { t } = useTranslation('player');
  const { snapshot, error, command } = usePlayback();
  const line = useSpokenLine();
  const begin = useBeginRoutine();
  const time = usePlaybackTime(snapshot);
  const { settings } = useSettings();
  // For the way back to a routine left partway; read only when nothing is playing.
  const routines = useMainData<RoutineSummary[]>(loadRoutines);
  // One function for the whole session, so the memoised controls skip the per-second redraw.
  const onCommand = useCallback((c: ClockCommand) => void command(c), [command]);

  // Details of another routine while one plays opens that routine, with the way back above.
  const other = routineId !== undefined && routineId !== snapshot?.plan?.routineId;
  if (snapshot && time && isSessionActive(snapshot.status) && !other) {
    return (
      <>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <NowPlaying snapshot={snapshot} time={time} line={line} onCommand={onCommand} />
      </>
    );
  }
  const endedPlan =
    snapshot?.status === 'finished' || snapshot?.status === 'stopped' ? snapshot.plan : null;
  if (snapshot && endedPlan && (!routineId || routineId === endedPlan.routineId)) {
    return (
      <SessionEnd
        snapshot={snapshot}
        onPlayAgain={() => void begin({ routineId: endedPlan.routineId })}
      />
    );
  }
  const id = routineId ?? snapshot?.plan?.routineId;
  return id ? (
    <>
      <NowPlayingBar />
      <RoutineScreen
        key={id}
        routineId={id}
        error={error}
        onPlay={(choices) => void begin({ routineId: id, ...choices })}
      />
    </>
  ) : (
    <section className="screen" aria-labelledby="player-title">
      <h1 id="player-title">{t('playerScreen.nothingPlaying')}</h1>
      <p className="lede">{t('playerScreen.chooseRoutine')}</p>
      <LastRoutineCard
        routines={routines.data ?? []}
        lastRoutineId={settings?.lastRoutineId ?? null}
        runningId={undefined}
        play={(id) => void begin({ routineId: id })}
      />
      <a className="button" href="#/library">
        {t('playerScreen.browseRoutines')}
      </a>
    </section>
  );
}
