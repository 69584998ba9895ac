import { Heart, RotateCcw, Sparkles } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { formatLength } from '../i18n/format';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { useSettings } from '../app/settings-context';
import type { BodyArea } from '../../content/vocabulary';
import { PainAreas } from '../ui/PainAreas';
import { PainScale } from '../ui/PainScale';
import './SessionEnd.css';

/** Shown for a pain score not given. */
const NO_SCORE = '–';

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
  const { t } = useTranslation('player');
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

  const title = plan?.title;
  const length = formatLength(snapshot.routineElapsedMs / 1000);
  const total = plan?.steps.length ?? 0;
  const summary = finished
    ? title !== undefined
      ? t('sessionEnd.finishedSummary', { title, length })
      : t('sessionEnd.finishedSummaryUntitled', { length })
    : title !== undefined
      ? t('sessionEnd.stoppedSummary', { done: stepsDone, count: total, title, length })
      : t('sessionEnd.stoppedSummaryUntitled', { done: stepsDone, count: total, length });
  const skip = () => setAsked(true);

  const before = session?.painBefore;
  const after = session?.painAfter ?? (asked ? score : null) ?? undefined;
  return (
    <section className="screen session-end" aria-labelledby="end-title">
      <div className="card end-card">
        <span className="end-mark" aria-hidden="true">
          {finished ? <Sparkles size={30} /> : <Heart size={30} />}
        </span>
        <h1 id="end-title">
          {finished ? t('sessionEnd.finishedTitle') : t('sessionEnd.stoppedTitle')}
        </h1>
        <p className="end-summary">{summary}</p>
        <p className="muted">{t('sessionEnd.noticeBody')}</p>

        {(before !== undefined || after !== undefined) && (
          <p className="pain-change" aria-label={painWords(t, before, after)}>
            <span className="muted">{t('sessionEnd.pain')}</span>{' '}
            <strong className="tabular">{before ?? NO_SCORE}</strong>{' '}
            <span aria-hidden="true">→</span>{' '}
            <strong className="tabular">{after ?? NO_SCORE}</strong>
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
            <h2 id="after-title">{t('sessionEnd.askTitle')}</h2>
            <PainScale label={t('sessionEnd.painNowLabel')} value={score} onChange={setScore} />
            <PainAreas value={areas} onChange={setAreas} />
            <label className="field">
              <span>{t('sessionEnd.note')}</span>
              <textarea
                rows={2}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t('sessionEnd.notePlaceholder')}
              />
            </label>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={skip}>
                {t('sessionEnd.skip')}
              </button>
              <button type="submit" className="button" disabled={score === null && !note.trim()}>
                {t('sessionEnd.save')}
              </button>
            </div>
          </form>
        )}
        {saved && <p role="status">{t('sessionEnd.saved')}</p>}

        {week && (
          <p className="week-goal" data-testid="week-goal">
            {week.metThisWeek
              ? t('sessionEnd.weekGoalMet', { days: week.daysThisWeek, count: week.goalDays })
              : t('sessionEnd.weekGoalToward', { days: week.daysThisWeek, count: week.goalDays })}
          </p>
        )}

        <div className="end-actions">
          <button type="button" className="button ghost" onClick={onPlayAgain}>
            <RotateCcw aria-hidden="true" size={16} /> {t('sessionEnd.playAgain')}
          </button>
          <a className="button ghost" href="#/history">
            {t('sessionEnd.seeHistory')}
          </a>
          <a className="button primary" href="#/library">
            {t('sessionEnd.done')}
          </a>
        </div>
      </div>
    </section>
  );
}

function painWords(
  t: TFunction<'player'>,
  before: number | undefined,
  after: number | null | undefined,
): string {
  if (before !== undefined && after !== undefined && after !== null) {
    return t('sessionEnd.painBeforeAndNow', { before, after });
  }
  return before !== undefined
    ? t('sessionEnd.painBefore', { before })
    : t('sessionEnd.painNow', { after: after ?? '' });
}
