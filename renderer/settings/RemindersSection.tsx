import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import type { Settings } from '../../electron/common/settings-schema';
import { api } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { formatDate } from '../i18n/format';
import { Toggle } from './Toggle';
import './RemindersSection.css';

type Reminder = Settings['reminders'][number];
// Monday first, as a week is lived; stored as 0 = Sunday like Date.getDay().
const DAYS = [1, 2, 3, 4, 5, 6, 0];

/** A weekday's names in the language shown ("Mon", "Monday"); 7 January 2024 was a Sunday. */
function dayNames(day: number): { day: number; short: string; long: string } {
  const date = new Date(2024, 0, 7 + day);
  return {
    day,
    short: formatDate(date, { weekday: 'short' }),
    long: formatDate(date, { weekday: 'long' }),
  };
}

/** Scheduled reminders, working hours, the sitting nudge and launch at login. */
export function RemindersSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  const { t } = useTranslation('settings');
  // Without the list a reminder can still "pick for me"; its own routine choice waits.
  const listed = useMainData<MethodOutput<'listRoutines'>>(() => api().listRoutines());
  const routines = (listed.data ?? []).filter((routine) => !routine.hidden);
  const days = DAYS.map(dayNames);
  const setCountsActivity = (activity: boolean) =>
    void update({ sittingNudgeCounts: activity ? 'activity' : 'time' });

  const setReminder = (id: string, patch: Partial<Reminder>) =>
    void update({
      reminders: settings.reminders.map((reminder) =>
        reminder.id === id ? { ...reminder, ...patch } : reminder,
      ),
    });

  return (
    <section className="card settings-group" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('remindersSection.title')}</h2>
      <ul className="reminder-list">
        {settings.reminders.map((reminder, index) => {
          const number = index + 1;
          return (
            <li
              key={reminder.id}
              className="reminder"
              aria-label={t('remindersSection.name', { number })}
            >
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={reminder.enabled}
                  onChange={(e) => setReminder(reminder.id, { enabled: e.target.checked })}
                />
                <span>{t('remindersSection.on')}</span>
              </label>
              <label className="field inline-field">
                <span>{t('remindersSection.time')}</span>
                <input
                  type="time"
                  value={reminder.time}
                  onChange={(e) =>
                    e.target.value && setReminder(reminder.id, { time: e.target.value })
                  }
                />
              </label>
              <fieldset className="field day-picker">
                <legend className="visually-hidden">
                  {t('remindersSection.days', { number })}
                </legend>
                {days.map(({ day, short, long }) => (
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
                <span>{t('remindersSection.routine')}</span>
                <select
                  value={reminder.routineId}
                  onChange={(e) => setReminder(reminder.id, { routineId: e.target.value })}
                >
                  <option value="pick-for-me">{t('remindersSection.pickForMe')}</option>
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
                aria-label={t('remindersSection.remove', { number })}
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
        <Plus aria-hidden="true" size={14} /> {t('remindersSection.add')}
      </button>
      <p className="muted small-print">{t('remindersSection.note')}</p>

      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.workingHours.enabled}
          onChange={(e) =>
            void update({ workingHours: { ...settings.workingHours, enabled: e.target.checked } })
          }
        />
        <span>{t('remindersSection.workingHours')}</span>
      </label>
      {settings.workingHours.enabled && (
        <div className="fit-row">
          <label className="field inline-field">
            <span>{t('remindersSection.from')}</span>
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
            <span>{t('remindersSection.to')}</span>
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
        <span>{t('remindersSection.nudge')}</span>
        <select
          value={settings.sittingNudgeMinutes}
          onChange={(e) => void update({ sittingNudgeMinutes: Number(e.target.value) })}
        >
          <option value={0}>{t('remindersSection.nudgeOff')}</option>
          {[30, 45, 60, 90, 120].map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('remindersSection.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </label>
      {settings.sittingNudgeMinutes > 0 && (
        <Toggle
          label={t('remindersSection.awayResets')}
          hint={t('remindersSection.awayResetsHint')}
          checked={settings.sittingNudgeCounts === 'activity'}
          onChange={setCountsActivity}
        />
      )}

      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.launchAtLogin}
          onChange={(e) => void update({ launchAtLogin: e.target.checked })}
        />
        <span>{t('remindersSection.launchAtLogin')}</span>
      </label>
    </section>
  );
}
