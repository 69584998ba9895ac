import { useSettings } from '../app/settings-context';

/** The weekly goal: how many days a week count as a good week (Settings, first run, History). */
export function WeeklyGoal({ label, inline = false }: { label: string; inline?: boolean }) {
  const { settings, update } = useSettings();
  if (!settings) return null;
  return (
    <label className={inline ? 'field inline-field' : 'field'}>
      <span>{label}</span>
      <select
        value={settings.weeklyGoalDays}
        onChange={(e) => void update({ weeklyGoalDays: Number(e.target.value) })}
      >
        {[1, 2, 3, 4, 5, 6, 7].map((days) => (
          <option key={days} value={days}>
            {days}
          </option>
        ))}
      </select>
    </label>
  );
}
