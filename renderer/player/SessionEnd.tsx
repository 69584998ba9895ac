import { Heart, RotateCcw, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { formatLength } from '../../content/format-length';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { useSettings } from '../app/settings-context';
import type { BodyArea } from '../../content/vocabulary';
import { PainAreas } from '../ui/PainAreas';
import { PainScale } from '../ui/PainScale';
import './SessionEnd.css';

/**
 * The moment after a routine: what you did, pain before and after, the week so far, and
 * Done. A stopped routine is not a failure, so it is thanked, not marked as a lesser tick.
 */
export function SessionEnd({
  snapshot,
  onPlayAgain,
}: {
  snapshot: PlaybackSnapshot;
  onPlayAgain: () => void;
}) {
  const { settings } = useSettings();
  const sessionId = snapshot.sessionId;
  // What history holds for this session (the before score) and for the week.
  const session = useMainData(
    async () => (await api().listSessions()).find((s) => s.sessionId === sessionId) ?? null,
    { key: sessionId ?? '', changedBy: ['historyChanged'] },
  ).data;
  const week = useMainData(() => api().getHistoryStats(), { changedBy: ['historyChanged'] }).data
    ?.streak;
  // Nothing chosen until the user chooses: a preset score would be recorded unasked.
  const [score, setScore] = useState<number | null>(null);
  const [areas, setAreas] = useState<BodyArea[]>([]);
  const [note, setNote] = useState('');
  const [asked, setAsked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finished = snapshot.status === 'finished';
  const plan = snapshot.plan;
  const stepsDone = session?.stepsDone.length ?? (finished ? (plan?.steps.length ?? 0) : 0);

  const save = async () => {
    if (!sessionId) return;
    try {
      if (score !== null) {
        await api().checkIn({
          sessionId,
          when: 'after',
          score,
          ...(areas.length > 0 ? { areas } : {}),
        });
      }
      if (note.trim()) await api().setSessionNote({ sessionId, text: note.trim() });
      setAsked(true);
      setSaved(true);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const before = session?.painBefore;
  const after = session?.painAfter ?? (asked ? score : null) ?? undefined;
  return (
    <section className="screen session-end" aria-labelledby="end-title">
      <div className="card end-card">
        <span className="end-mark" aria-hidden="true">
          {finished ? <Sparkles size={30} /> : <Heart size={30} />}
        </span>
        <h1 id="end-title">{finished ? 'Routine complete' : 'Stopped early, and that is fine'}</h1>
        <p className="end-summary">
          {finished
            ? `You finished ${plan?.title ?? 'the routine'}: ${formatLength(snapshot.routineElapsedMs / 1000)}.`
            : `You did ${stepsDone} of ${plan?.steps.length ?? 0} steps of ${plan?.title ?? 'the routine'}, ${formatLength(snapshot.routineElapsedMs / 1000)}. It is kept in your history.`}
        </p>
        <p className="muted">
          Notice how your body feels now. Move gently for the next few minutes.
        </p>

        {(before !== undefined || after !== undefined) && (
          <p className="pain-change" aria-label={painWords(before, after)}>
            <span className="muted">Pain</span> <strong className="tabular">{before ?? '–'}</strong>{' '}
            <span aria-hidden="true">→</span> <strong className="tabular">{after ?? '–'}</strong>
          </p>
        )}

        {settings?.checkIns && sessionId && !asked && (
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
            <PainAreas value={areas} onChange={setAreas} />
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
              <button type="button" className="button" onClick={() => setAsked(true)}>
                Skip
              </button>
              <button type="submit" className="button" disabled={score === null && !note.trim()}>
                Save
              </button>
            </div>
          </form>
        )}
        {saved && <p role="status">Saved to your history.</p>}

        {week && (
          <p className="week-goal" data-testid="week-goal">
            {week.metThisWeek
              ? `This week: ${week.daysThisWeek} of ${week.goalDays} days. Your weekly goal is met.`
              : `This week: ${week.daysThisWeek} of ${week.goalDays} days toward your goal.`}
          </p>
        )}

        <div className="end-actions">
          <button type="button" className="button ghost" onClick={onPlayAgain}>
            <RotateCcw aria-hidden="true" size={16} /> Play again
          </button>
          <a className="button ghost" href="#/history">
            See history
          </a>
          <a className="button primary" href="#/library">
            Done
          </a>
        </div>
      </div>
    </section>
  );
}

function painWords(before: number | undefined, after: number | null | undefined): string {
  if (before !== undefined && after !== undefined && after !== null) {
    return `Pain ${before} before, ${after} now`;
  }
  return before !== undefined ? `Pain ${before} before` : `Pain ${after ?? ''} now`;
}
