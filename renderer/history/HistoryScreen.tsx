import { Download, History, Sparkles, Trash2 } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import uPlot from 'uplot';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { downloadText } from '../ui/download-text';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatLength } from '../../content/format-length';
import { HeatMap } from './HeatMap';
import { UPlotChart } from './UPlotChart';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import './HistoryScreen.css';

type SessionRecordData = MethodOutput<'listSessions'>[number];
type HistoryStatsData = MethodOutput<'getHistoryStats'>;

const STATUS: Record<SessionRecordData['status'], string> = {
  completed: 'Completed',
  stopped: 'Stopped',
  interrupted: 'Interrupted',
  'in-progress': 'In progress',
};

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);
const BARS = uPlot.paths.bars?.({ size: [0.6, 48] });

/** What you did and what helped, plainly: summary, charts with tables, and every session. */
export function HistoryScreen() {
  // The weekly goal is part of the figures, so a settings change asks for them again.
  const history = useMainData<[SessionRecordData[], HistoryStatsData]>(
    () => Promise.all([api().listSessions(), api().getHistoryStats()]),
    { changedBy: ['historyChanged', 'settingsChanged'] },
  );
  const [sessions, stats] = history.data ?? [null, null];
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? history.error;
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SessionRecordData | null>(null);

  const theme = document.documentElement.dataset.theme ?? 'light';
  const weekData = useMemo<uPlot.AlignedData>(
    () => [
      stats?.minutesPerWeek.map((_, i) => i) ?? [],
      stats?.minutesPerWeek.map((week) => Math.round(week.minutes)) ?? [],
    ],
    [stats],
  );
  const painData = useMemo<uPlot.AlignedData>(
    () => [
      stats?.painTrend.map((_, i) => i) ?? [],
      stats?.painTrend.map((point) => point.before ?? null) ?? [],
      stats?.painTrend.map((point) => point.after ?? null) ?? [],
    ],
    [stats],
  );
  const weekOptions = useCallback(
    (colour: (name: string) => string): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { show: false },
      // Half a bar of room at each end, so the first and last weeks are whole.
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] } },
      axes: [
        {
          stroke: colour('--muted'),
          grid: { show: false },
          values: (_, ticks) =>
            ticks.map((i) => {
              const week = stats?.minutesPerWeek[i];
              return week ? shortDate.format(dayOf(week.weekStart)) : '';
            }),
        },
        { stroke: colour('--muted'), grid: { stroke: colour('--border') }, label: 'minutes' },
      ],
      series: [
        {},
        {
          label: 'Minutes',
          stroke: colour('--accent'),
          fill: colour('--accent-soft'),
          paths: BARS,
          points: { show: false },
        },
      ],
    }),
    [stats],
  );
  const painOptions = useCallback(
    (colour: (name: string) => string): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: [0, 10] } },
      axes: [
        { stroke: colour('--muted'), grid: { show: false }, values: () => [] },
        { stroke: colour('--muted'), grid: { stroke: colour('--border') }, label: 'pain 0 to 10' },
      ],
      series: [
        {},
        { label: 'Before', stroke: colour('--muted'), width: 2, spanGaps: true },
        { label: 'After', stroke: colour('--accent'), width: 2, spanGaps: true },
      ],
    }),
    [],
  );

  return (
    <section aria-labelledby="history-title" className="screen history">
      <header className="screen-header library-header">
        <div>
          <h1 id="history-title">History</h1>
          <p className="lede">Your sessions, how long you practised, and how your pain changed.</p>
        </div>
        <div className="library-tools">
          {(['csv', 'json'] as const).map((format) => (
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
              <Download aria-hidden="true" size={16} /> Export {format.toUpperCase()}
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
          <h2>No sessions yet</h2>
          <p>When you finish or stop a routine, it appears here with your pain before and after.</p>
          <a className="button" href="#/library">
            Browse routines
          </a>
        </div>
      )}

      {stats && sessions && sessions.length > 0 && (
        <>
          <div className="stat-cards">
            <section className="card stat" aria-labelledby="week-title">
              <h2 id="week-title" className="eyebrow">
                This week
              </h2>
              <p className="stat-figure tabular">
                {stats.thisWeek.sessions} {stats.thisWeek.sessions === 1 ? 'session' : 'sessions'}
              </p>
              <p className="muted">{formatLength(stats.thisWeek.minutes * 60)}</p>
            </section>
            <section className="card stat" aria-labelledby="streak-title">
              <h2 id="streak-title" className="eyebrow">
                Weekly goal
              </h2>
              <p className="stat-figure tabular">
                {stats.streak.daysThisWeek} of {stats.streak.goalDays} days
              </p>
              <p className="muted">
                {stats.streak.weeks > 0
                  ? `${stats.streak.weeks} ${stats.streak.weeks === 1 ? 'week' : 'weeks'} in a row meeting your goal.`
                  : 'Rest days are part of it. Any week can be the first.'}
              </p>
              <WeeklyGoal label="Days a week" inline />
            </section>
          </div>

          <section className="card" aria-labelledby="helps-title">
            <h2 id="helps-title" className="section-title">
              <Sparkles aria-hidden="true" size={18} /> What helps you
            </h2>
            {stats.whatHelps.length === 0 ? (
              <p className="muted">
                After three sessions of a routine with a pain check-in before and after, it is
                ranked here by your own pain relief.
              </p>
            ) : (
              <ol className="helps-list">
                {stats.whatHelps.map((row) => (
                  <li key={row.routineId}>
                    <span className="helps-title">{row.title}</span>
                    <span className="tabular">
                      {row.averageRelief >= 0 ? '−' : '+'}
                      {Math.abs(row.averageRelief).toFixed(1)} points (
                      {Math.round(row.averageRelativeRelief * 100)}%)
                    </span>
                    <span className="muted">{row.checkIns} check-ins</span>
                    {row.meaningful && <span className="chip">Meaningful relief</span>}
                  </li>
                ))}
              </ol>
            )}
            <p className="muted small-print">
              Relief of 2 points or 30% is what clinicians count as meaningful. This is your own
              record, not medical advice.
            </p>
          </section>

          <div className="chart-grid">
            <section className="card" aria-labelledby="minutes-title">
              <h2 id="minutes-title" className="section-title">
                Minutes per week
              </h2>
              <UPlotChart
                data={weekData}
                options={weekOptions}
                theme={theme}
                label="Bar chart of minutes practised each week; the table below has the figures."
              />
              <details>
                <summary>Show as a table</summary>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Week of</th>
                      <th scope="col">Minutes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.minutesPerWeek.map((week) => (
                      <tr key={week.weekStart}>
                        <td>{shortDate.format(dayOf(week.weekStart))}</td>
                        <td className="tabular">{Math.round(week.minutes)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </section>
            <section className="card" aria-labelledby="pain-title">
              <h2 id="pain-title" className="section-title">
                Pain before and after
              </h2>
              {stats.painTrend.length === 0 ? (
                <p className="muted">
                  No check-ins yet. They are asked before and after each session.
                </p>
              ) : (
                <>
                  <UPlotChart
                    data={painData}
                    options={painOptions}
                    theme={theme}
                    label="Line chart of pain before and after each session; the table below has the figures."
                  />
                  <details>
                    <summary>Show as a table</summary>
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">Date</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {stats.painTrend.map((point, i) => (
                          <tr key={`${point.date}-${i}`}>
                            <td>{shortDate.format(dayOf(point.date))}</td>
                            <td className="tabular">{point.before ?? '–'}</td>
                            <td className="tabular">{point.after ?? '–'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                </>
              )}
            </section>
          </div>

          <section className="card" aria-labelledby="calendar-title">
            <h2 id="calendar-title" className="section-title">
              The last six months
            </h2>
            <HeatMap days={stats.heatmap} />
          </section>

          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title" className="section-title">
              Sessions
            </h2>
            <ul className="session-list">
              {sessions.map((session) => (
                <li key={session.sessionId} className="card session-row">
                  <button
                    type="button"
                    className="session-summary"
                    aria-expanded={open === session.sessionId}
                    onClick={() => setOpen(open === session.sessionId ? null : session.sessionId)}
                  >
                    <span className="session-date">
                      {dateTime.format(new Date(session.startedAt))}
                    </span>
                    <span className="session-title">{session.title}</span>
                    <span className="tabular">{formatLength(session.completedSeconds)}</span>
                    <span className={`status status-${session.status}`}>
                      {STATUS[session.status]}
                    </span>
                    <span className="tabular pain-change">
                      {session.painBefore ?? '–'} → {session.painAfter ?? '–'}
                    </span>
                  </button>
                  {open === session.sessionId && (
                    <SessionDetails
                      session={session}
                      onDelete={() => setDeleting(session)}
                      onError={setError}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this session?"
        body="It is removed from your history and your statistics."
        cancelLabel="Keep it"
        confirmLabel="Delete"
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

function SessionDetails({
  session,
  onDelete,
  onError,
}: {
  session: SessionRecordData;
  onDelete: () => void;
  onError: (message: string) => void;
}) {
  const [note, setNote] = useState(session.note ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <div className="session-details">
      <p className="muted">
        Planned {formatLength(session.plannedSeconds)}, done{' '}
        {formatLength(session.completedSeconds)}. {session.stepsDone.length}{' '}
        {session.stepsDone.length === 1 ? 'step' : 'steps'} completed.
      </p>
      <label className="field">
        <span>Note</span>
        <textarea
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onDelete}>
          <Trash2 aria-hidden="true" size={16} /> Delete session
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
          Save note
        </button>
      </div>
      {saved && <p role="status">Note saved.</p>}
    </div>
  );
}
