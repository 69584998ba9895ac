import { Plus, Trash2 } from 'lucide-react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import type { Settings } from '../../electron/common/settings-schema';
import { api } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { Toggle } from './Toggle';
import './RemindersSection.css';

type Reminder = Settings['reminders'][number];
// Monday first, as a week is lived; stored as 0 = Sunday like Date.getDay().
const DAYS: [number, string, string][] = [
  [1, 'Mon', 'Monday'],
  [2, 'Tue', 'Tuesday'],
  [3, 'Wed', 'Wednesday'],
  [4, 'Thu', 'Thursday'],
  [5, 'Fri', 'Friday'],
  [6, 'Sat', 'Saturday'],
  [0, 'Sun', 'Sunday'],
];

/** Scheduled reminders, working hours, the sitting nudge and launch at login. */
export function RemindersSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  // Without the list a reminder can still "pick for me"; its own routine choice waits.
  const listed = useMainData<MethodOutput<'listRoutines'>>(() => api().listRoutines());
  const routines = (listed.data ?? []).filter((routine) => !routine.hidden);

  const setReminder = (id: string, patch: Partial<Reminder>) =>
    void update({
      reminders: settings.reminders.map((reminder) =>
        reminder.id === id ? { ...reminder, ...patch } : reminder,
      ),
    });

  return (
    <section className="card settings-group" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <ul className="reminder-list">
        {settings.reminders.map((reminder, index) => {
          const name = `Reminder ${index + 1}`;
          return (
            <li key={reminder.id} className="reminder" aria-label={name}>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={reminder.enabled}
                  onChange={(e) => setReminder(reminder.id, { enabled: e.target.checked })}
                />
                <span>On</span>
              </label>
              <label className="field inline-field">
                <span>Time</span>
                <input
                  type="time"
                  value={reminder.time}
                  onChange={(e) =>
                    e.target.value && setReminder(reminder.id, { time: e.target.value })
                  }
                />
              </label>
              <fieldset className="field day-picker">
                <legend className="visually-hidden">Days for {name.toLowerCase()}</legend>
                {DAYS.map(([day, short, long]) => (
                  <label key={day} className="day">
                    <input
                      type="checkbox"
                      aria-label={long}
                      checked={reminder.days.includes(day)}
                      onChange={(e) =>
                        setReminder(reminder.id, {
                          days: e.target.checked
                            ? [...reminder.days, day].sort()
                            : reminder.days.filter((d) => d !== day),
                        })
                      }
                    />
                    <span aria-hidden="true">{short}</span>
                  </label>
                ))}
              </fieldset>
              <label className="field inline-field">
                <span>Routine</span>
                <select
                  value={reminder.routineId}
                  onChange={(e) => setReminder(reminder.id, { routineId: e.target.value })}
                >
                  <option value="pick-for-me">Pick for me</option>
                  {routines.map((routine) => (
                    <option key={routine.id} value={routine.id}>
                      {routine.title}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${name.toLowerCase()}`}
                onClick={() =>
                  void update({ reminders: settings.reminders.filter((r) => r.id !== reminder.id) })
                }
              >
                <Trash2 aria-hidden="true" size={16} />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button small add-reminder"
        onClick={() =>
          void update({
            reminders: [
              ...settings.reminders,
              {
                id: crypto.randomUUID(),
                enabled: true,
                days: [1, 2, 3, 4, 5],
                time: '11:00',
                routineId: 'pick-for-me',
              },
            ],
          })
        }
      >
        <Plus aria-hidden="true" size={14} /> Add a reminder
      </button>
      <p className="muted small-print">
        “Pick for me” chooses the routine that has helped you most, else a short one. A reminder the
        computer slept through is skipped, not shown hours late. Pause them from the tray.
      </p>

      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.workingHours.enabled}
          onChange={(e) =>
            void update({ workingHours: { ...settings.workingHours, enabled: e.target.checked } })
          }
        />
        <span>Only during my working hours</span>
      </label>
      {settings.workingHours.enabled && (
        <div className="fit-row">
          <label className="field inline-field">
            <span>From</span>
            <input
              type="time"
              value={settings.workingHours.start}
              onChange={(e) =>
                e.target.value &&
                void update({ workingHours: { ...settings.workingHours, start: e.target.value } })
              }
            />
          </label>
          <label className="field inline-field">
            <span>To</span>
            <input
              type="time"
              value={settings.workingHours.end}
              onChange={(e) =>
                e.target.value &&
                void update({ workingHours: { ...settings.workingHours, end: e.target.value } })
              }
            />
          </label>
        </div>
      )}

      <label className="field">
        <span>Nudge me after sitting for</span>
        <select
          value={settings.sittingNudgeMinutes}
          onChange={(e) => void update({ sittingNudgeMinutes: Number(e.target.value) })}
        >
          <option value={0}>Off</option>
          {[30, 45, 60, 90, 120].map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minutes
            </option>
          ))}
        </select>
      </label>
      {settings.sittingNudgeMinutes > 0 && (
        <Toggle
          label="Time away from the computer starts the count again"
          hint="Turn this off if you dictate: the computer thinks you are away while you talk."
          checked={settings.sittingNudgeCounts === 'activity'}
          onChange={(activity) =>
            void update({ sittingNudgeCounts: activity ? 'activity' : 'time' })
          }
        />
      )}

      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.launchAtLogin}
          onChange={(e) => void update({ launchAtLogin: e.target.checked })}
        />
        <span>Open Unknot when I log in</span>
      </label>
    </section>
  );
}
