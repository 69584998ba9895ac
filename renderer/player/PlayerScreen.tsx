import { Check, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { formatLength } from '../../content/format-length';
import { api, errorMessage } from '../app/api';
import { PainScale } from '../ui/PainScale';
import { useSettings } from '../app/settings-context';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback, usePlaybackTime } from '../app/playback-context';
import { NowPlaying } from './NowPlaying';
import { NowPlayingBar, isSessionActive } from './NowPlayingBar';
import { RoutineScreen } from '../routine/RoutineScreen';
import './PlayerScreen.css';

/** The player route: the routine before it starts, the player while it runs, the end after. */
export function PlayerScreen({ routineId }: { routineId: string | undefined }) {
  const { snapshot, line, error, command } = usePlayback();
  const begin = useBeginRoutine();
  const time = usePlaybackTime(snapshot);

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
        <NowPlaying
          snapshot={snapshot}
          time={time}
          line={line}
          onCommand={(c) => void command(c)}
        />
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
      <h1 id="player-title">Nothing playing</h1>
      <p className="lede">Choose a routine in the library to begin.</p>
      <a className="button" href="#/library">
        Browse routines
      </a>
    </section>
  );
}

function SessionEnd({
  snapshot,
  onPlayAgain,
}: {
  snapshot: PlaybackSnapshot;
  onPlayAgain: () => void;
}) {
  const { settings } = useSettings();
  // Nothing chosen until the user chooses: a preset score would be recorded unasked.
  const [score, setScore] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finished = snapshot.status === 'finished';

  const save = async () => {
    if (!snapshot.sessionId) return;
    try {
      if (score !== null) {
        await api().checkIn({ sessionId: snapshot.sessionId, when: 'after', score });
      }
      if (note.trim())
        await api().setSessionNote({ sessionId: snapshot.sessionId, text: note.trim() });
      setSaved(true);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="screen session-end" aria-labelledby="end-title">
      <div className="card empty-state">
        <span className="end-mark" aria-hidden="true">
          <Check size={32} />
        </span>
        <h1 id="end-title">{finished ? 'Routine complete' : 'Routine stopped'}</h1>
        <p>
          {snapshot.plan?.title} · {formatLength(snapshot.routineElapsedMs / 1000)}
          {finished ? '' : ' done. Your time so far is kept.'}
        </p>
        <p className="muted">
          Notice how your body feels now. Move gently for the next few minutes.
        </p>
        {settings?.checkIns && snapshot.sessionId && !saved && (
          <form
            className="after-check-in"
            aria-labelledby="after-title"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h2 id="after-title">How is your pain now?</h2>
            <PainScale label="Pain now" value={score} onChange={setScore} />
            <label className="field">
              <span>Note (optional)</span>
              <textarea
                rows={2}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="What you noticed, what helped"
              />
            </label>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setSaved(true)}>
                Skip
              </button>
              <button type="submit" className="button" disabled={score === null && !note.trim()}>
                Save
              </button>
            </div>
          </form>
        )}
        {saved && <p role="status">Saved to your history.</p>}
        <div className="dialog-actions">
          <a className="button" href="#/library">
            Back to library
          </a>
          <a className="button" href="#/history">
            History
          </a>
          <button type="button" className="button primary" onClick={onPlayAgain}>
            <RotateCcw aria-hidden="true" size={16} /> Play again
          </button>
        </div>
      </div>
    </section>
  );
}
