import { RotateCcw, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api, errorMessage } from '../app/api';
import { formatDate, formatLength } from '../i18n/format';
import './SessionRow.css';

export type SessionRecordData = MethodOutput<'listSessions'>[number];

/** A pain score not given at a check-in. */
const NO_SCORE = '–';

/** Weekday, day, month and time, written the way the user's locale writes them. */
const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * One session: what, when, how long, how it ended and the pain before → after when it was
 * recorded. The summary opens the note and delete; "Start again" plays the routine anew.
 */
export function SessionRow({
  session,
  open,
  onToggle,
  onStartAgain,
  onDelete,
  onError,
}: {
  session: SessionRecordData;
  open: boolean;
  onToggle: () => void;
  onStartAgain: () => void;
  onDelete: () => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation('history');
  const titleId = useId();
  const detailsId = useId();
  const hasPain = session.painBefore !== undefined || session.painAfter !== undefined;
  return (
    <li className="card session-row">
      <div className="session-line">
        <button
          type="button"
          className="session-summary"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={onToggle}
        >
          <span className="session-title" id={titleId}>
            {session.title}
          </span>
          <span className="session-date">{formatDate(session.startedAt, WHEN)}</span>
          <span className="session-length">{formatLength(session.completedSeconds)}</span>
          <span className={`status status-${session.status}`}>
            {t(`sessionRow.status.${session.status}`)}
          </span>
          {hasPain && (
            <span className="tabular session-pain">
              <span className="visually-hidden">{t('sessionRow.painLabel')}</span>
              {t('sessionRow.painChange', {
                before: session.painBefore ?? NO_SCORE,
                after: session.painAfter ?? NO_SCORE,
              })}
            </span>
          )}
        </button>
        {/* Named by its routine for screen readers, who hear many of these in a row. */}
        <button
          type="button"
          className="button small session-again"
          aria-describedby={titleId}
          onClick={onStartAgain}
        >
          <RotateCcw aria-hidden="true" size={14} /> {t('sessionRow.startAgain')}
        </button>
      </div>
      {open && (
        <SessionDetails id={detailsId} session={session} onDelete={onDelete} onError={onError} />
      )}
    </li>
  );
}

function SessionDetails({
  id,
  session,
  onDelete,
  onError,
}: {
  id: string;
  session: SessionRecordData;
  onDelete: () => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation('history');
  const [note, setNote] = useState(session.note ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <div className="session-details" id={id}>
      <p className="muted">
        {t('sessionRow.details', {
          planned: formatLength(session.plannedSeconds),
          done: formatLength(session.completedSeconds),
          count: session.stepsDone.length,
        })}
      </p>
      <label className="field">
        <span>{t('sessionRow.note')}</span>
        <textarea
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onDelete}>
          <Trash2 aria-hidden="true" size={16} /> {t('sessionRow.deleteSession')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void api()
              .setSessionNote({ sessionId: session.sessionId, text: note.trim() })
              .then(() => setSaved(true))
              .catch((failure: unknown) => onError(errorMessage(failure)))
          }
        >
          {t('sessionRow.saveNote')}
        </button>
      </div>
      {saved && <p role="status">{t('sessionRow.noteSaved')}</p>}
    </div>
  );
}
