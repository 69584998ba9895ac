import { Monitor, Moon, Sun } from 'lucide-react';
import { useSettings } from '../settings-context';
import type { ThemeChoice } from '../theme';

const THEMES: { value: ThemeChoice; label: string; Icon: typeof Sun }[] = [
  { value: 'system', label: 'System', Icon: Monitor },
  { value: 'light', label: 'Light', Icon: Sun },
  { value: 'dark', label: 'Dark', Icon: Moon },
];

const TEXT_SIZES = [1, 1.25, 1.5, 2];

export function SettingsScreen() {
  const { settings, error, update } = useSettings();

  return (
    <section aria-labelledby="settings-title" className="screen">
      <header className="screen-header">
        <h1 id="settings-title">Settings</h1>
        <p className="lede">Changes apply at once and are kept on this computer.</p>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!settings ? (
        <p className="muted">Loading settings…</p>
      ) : (
        <>
          <section className="card settings-group" aria-labelledby="appearance-title">
            <h2 id="appearance-title">Appearance</h2>
            <fieldset className="field">
              <legend>Theme</legend>
              <div className="segmented">
                {THEMES.map(({ value, label, Icon }) => (
                  <label key={value} className="segment">
                    <input
                      type="radio"
                      name="theme"
                      value={value}
                      checked={settings.theme === value}
                      onChange={() => void update({ theme: value })}
                    />
                    <Icon aria-hidden="true" size={16} />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="field">
              <span>Text size</span>
              <select
                value={settings.textScale}
                onChange={(e) => void update({ textScale: Number(e.target.value) })}
              >
                {TEXT_SIZES.map((scale) => (
                  <option key={scale} value={scale}>
                    {Math.round(scale * 100)}%
                  </option>
                ))}
              </select>
            </label>
          </section>

          <section className="card settings-group" aria-labelledby="sound-title">
            <h2 id="sound-title">Sound</h2>
            <label className="field">
              <span>
                Voice volume{' '}
                <span className="tabular" aria-hidden="true">
                  {Math.round(settings.voiceVolume * 100)}%
                </span>
              </span>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round(settings.voiceVolume * 100)}
                aria-valuetext={`${Math.round(settings.voiceVolume * 100)} percent`}
                onChange={(e) => void update({ voiceVolume: Number(e.target.value) / 100 })}
              />
            </label>
          </section>

          <section className="card settings-group" aria-labelledby="data-title">
            <h2 id="data-title">Your data</h2>
            <p>
              Everything Unknot keeps stays on this computer, in its data folder. There is no
              account and nothing is sent anywhere.
            </p>
          </section>
        </>
      )}
    </section>
  );
}
