import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api, errorMessage } from '../app/api';
import { formatDate } from '../i18n/format';
import type { SessionRecordData } from './SessionRow';
import './ReportDialog.css';

const PERIODS = [
  { id: '2w', days: 14 },
  { id: '4w', days: 28 },
  { id: '3m', days: 91 },
] as const;
type PeriodId = (typeof PERIODS)[number]['id'] | 'custom';

/** A note's day as the user's locale writes a short date (what toLocaleDateString gives). */
const NOTE_DATE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
};

/** A day on the user's calendar as YYYY-MM-DD. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function daysBefore(date: Date, days: number): Date {
  const earlier = new Date(date);
  earlier.setDate(earlier.getDate() - days);
  return earlier;
}

/**
 * "Make a report": the user's own record for a period they choose, as a PDF for their
 * clinician, saved where they pick. Notes are left out unless the user ticks them: they were
 * written for themselves.
 */
export function ReportDialog({
  open,
  sessions,
  onClose,
}: {
  open: boolean;
  sessions: readonly SessionRecordData[];
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  const ref = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const titleId = useId();
  const today = isoDay(new Date());
  const [period, setPeriod] = useState<PeriodId>('4w');
  const [custom, setCustom] = useState({ from: isoDay(daysBefore(new Date(), 27)), to: today });
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setResult(null);
      setError(null);
      dialog.showModal();
      first.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const range = useMemo(() => {
    const chosen = PERIODS.find((p) => p.id === period);
    return chosen ? { from: isoDay(daysBefore(new Date(), chosen.days - 1)), to: today } : custom;
  }, [period, custom, today]);
  const withNotes = sessions.filter((session) => {
    const day = isoDay(new Date(session.startedAt));
    return session.note && day >= range.from && day <= range.to;
  });
  const valid = range.from <= range.to;

  const make = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const made = await api().makeReport({
        ...range,
        noteSessionIds: notes.filter((id) => withNotes.some((s) => s.sessionId === id)),
      });
      if (made.saved) {
        const { fileName: file, pages } = made;
        if (file !== undefined) {
          setResult(
            pages
              ? t('reportDialog.savedPages', { file, count: pages })
              : t('reportDialog.saved', { file }),
          );
        } else {
          setResult(
            pages
              ? t('reportDialog.savedReportPages', { count: pages })
              : t('reportDialog.savedReport'),
          );
        }
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog report-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('reportDialog.title')}</h2>
      {open && (
        <>
          <p className="muted">{t('reportDialog.intro')}</p>
          <label className="field">
            <span>{t('reportDialog.period')}</span>
            <select
              ref={first}
              value={period}
              onChange={(e) => setPeriod(e.target.value as PeriodId)}
            >
              {PERIODS.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(`reportDialog.periods.${p.id}`)}
                </option>
              ))}
              <option value="custom">{t('reportDialog.periods.custom')}</option>
            </select>
          </label>
          {period === 'custom' && (
            <div className="report-dates">
              <label className="field">
                <span>{t('reportDialog.from')}</span>
                <input
                  type="date"
                  value={custom.from}
                  max={today}
                  onChange={(e) => setCustom({ ...custom, from: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t('reportDialog.to')}</span>
                <input
                  type="date"
                  value={custom.to}
                  max={today}
                  onChange={(e) => setCustom({ ...custom, to: e.target.value })}
                />
              </label>
            </div>
          )}
          {!valid && (
            <p className="field-error" role="alert">
              {t('reportDialog.periodInvalid')}
            </p>
          )}
          <fieldset className="field report-notes">
            <legend>{t('reportDialog.notes')}</legend>
            {withNotes.length === 0 ? (
              <p className="muted">{t('reportDialog.noNotes')}</p>
            ) : (
              withNotes.map((session) => (
                <label key={session.sessionId} className="toggle">
                  <input
                    type="checkbox"
                    checked={notes.includes(session.sessionId)}
                    onChange={(e) =>
                      setNotes(
                        e.target.checked
                          ? [...notes, session.sessionId]
                          : notes.filter((id) => id !== session.sessionId),
                      )
                    }
                  />
                  <span>
                    {t('reportDialog.noteLine', {
                      date: formatDate(session.startedAt, NOTE_DATE),
                      title: session.title,
                    })}{' '}
                    <q>{session.note}</q>
                  </span>
                </label>
              ))
            )}
          </fieldset>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {result && <p role="status">{result}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('reportDialog.close')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={busy || !valid}
              onClick={() => void make()}
            >
              {busy ? t('reportDialog.making') : t('reportDialog.save')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
