import { Download, FileText, History } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api, errorMessage } from '../app/api';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback } from '../app/playback-context';
import { hrefOf } from '../app/route';
import { useSettings } from '../app/settings-context';
import { useMainData } from '../app/use-main-data';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { downloadText } from '../ui/download-text';
import { HeatMap } from './HeatMap';
import { HistoryCharts } from './HistoryCharts';
import { HistorySummary } from './HistorySummary';
import { PainByArea } from './PainByArea';
import { ReportDialog } from './ReportDialog';
import type { SessionRecordData } from './SessionRow';
import { SessionWeeks } from './SessionWeeks';
import './HistoryScreen.css';

type HistoryStatsData = MethodOutput<'getHistoryStats'>;

/** The file formats History exports to, each a button. */
const EXPORT_FORMATS = ['csv', 'json'] as const;

/**
 * What you did and what helped, plainly: summary, charts with tables, the calendar, and the
 * sessions week by week, each one a click from playing again.
 */
export function HistoryScreen() {
  const { t } = useTranslation('history');
  // The weekly goal is part of the figures, so a settings change asks for them again.
  const history = useMainData<[SessionRecordData[], HistoryStatsData]>(
    () => Promise.all([api().listSessions(), api().getHistoryStats()]),
    { changedBy: ['historyChanged', 'settingsChanged'] },
  );
  const [sessions, stats] = history.data ?? [null, null];
  const { settings } = useSettings();
  const { error: playbackError } = usePlayback();
  const begin = useBeginRoutine();
  const [actionError, setError] = useState<string | null>(null);
  const [startFailed, setStartFailed] = useState(false);
  const error = actionError ?? (startFailed ? playbackError : null) ?? history.error;
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SessionRecordData | null>(null);
  const [reporting, setReporting] = useState(false);

  // The same way the library starts a routine: the pain check-in first when it is on, then
  // the player. A routine deleted since cannot start; the player's reason is shown here.
  const startAgain = async (session: SessionRecordData) => {
    setError(null);
    const started = await begin({ routineId: session.routineId });
    setStartFailed(!started);
    if (started) window.location.hash = hrefOf({ name: 'player' });
  };

  return (
    <section aria-labelledby="history-title" className="screen history">
      <header className="screen-header library-header">
        <div>
          <h1 id="history-title">{t('screen.title')}</h1>
          <p className="lede">{t('screen.lede')}</p>
        </div>
        <div className="library-tools">
          {sessions && sessions.length > 0 && (
            <button type="button" className="button" onClick={() => setReporting(true)}>
              <FileText aria-hidden="true" size={16} /> {t('screen.makeReport')}
            </button>
          )}
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button"
              onClick={() =>
                void api()
                  .exportHistory({ format })
                  .then((file) =>
                    downloadText(
                      file.fileName,
                      file.text,
                      format === 'csv' ? 'text/csv' : 'application/json',
                    ),
                  )
                  .catch((failure: unknown) => setError(errorMessage(failure)))
              }
            >
              <Download aria-hidden="true" size={16} />{' '}
              {t('screen.export', { format: format.toUpperCase() })}
            </button>
          ))}
        </div>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}

      {sessions && sessions.length === 0 && (
        <div className="card empty-state">
          <History aria-hidden="true" size={32} strokeWidth={1.25} />
          <h2>{t('screen.emptyTitle')}</h2>
          <p>{t('screen.emptyBody')}</p>
          <a className="button" href="#/library">
            {t('screen.browseRoutines')}
          </a>
        </div>
      )}

      {stats && sessions && sessions.length > 0 && (
        <>
          <HistorySummary stats={stats} />
          <HistoryCharts stats={stats} />
          <PainByArea areas={stats.painByArea} />
          <section className="card" aria-labelledby="calendar-title">
            <h2 id="calendar-title" className="section-title">
              {t('screen.calendarTitle')}
            </h2>
            <HeatMap days={stats.heatmap} />
          </section>
          <SessionWeeks
            sessions={sessions}
            goalDays={settings?.weeklyGoalDays ?? stats.streak.goalDays}
            open={open}
            onToggle={(id) => setOpen(open === id ? null : id)}
            onStartAgain={(session) => void startAgain(session)}
            onDelete={setDeleting}
            onError={setError}
          />
        </>
      )}
      <ReportDialog
        open={reporting}
        sessions={sessions ?? []}
        onClose={() => setReporting(false)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('screen.deleteTitle')}
        body={t('screen.deleteBody')}
        cancelLabel={t('screen.deleteCancel')}
        confirmLabel={t('screen.deleteConfirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const session = deleting;
          setDeleting(null);
          if (session) {
            void api()
              .deleteSession({ sessionId: session.sessionId })
              .then(() => setOpen(null))
              .catch((failure: unknown) => setError(errorMessage(failure)));
          }
        }}
      />
    </section>
  );
}
