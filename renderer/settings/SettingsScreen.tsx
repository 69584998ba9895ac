import { Monitor, Moon, Sun } from 'lucide-react';
import type { Settings } from '../../electron/common/settings-schema';
import { AvoidAreas } from '../ui/AvoidAreas';
import { HealthQuestions } from '../ui/HealthQuestions';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import { useSettings } from '../app/settings-context';
import { DataSection } from './DataSection';
import { DeskSection } from './DeskSection';
import { Toggle } from './Toggle';
import { RemindersSection } from './RemindersSection';
import './SettingsScreen.css';

type ChoiceKey = 'theme' | 'narrationSource' | 'narrationDetail';

const THEMES = [
  { value: 'system', label: 'System', Icon: Monitor },
  { value: 'light', label: 'Light', Icon: Sun },
  { value: 'dark', label: 'Dark', Icon: Moon },
] as const;

const NARRATION = [
  { value: 'built-in', label: 'Built-in voice' },
  { value: 'system', label: 'System voice' },
  { value: 'off', label: 'Captions only' },
] as const;

const DETAIL = [
  { value: 'full', label: 'Full guidance' },
  { value: 'cues', label: 'Cues only' },
] as const;

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
            <Segmented
              legend="Theme"
              name="theme"
              options={THEMES}
              value={settings.theme}
              onChange={(theme) => void update({ theme })}
            />
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
            <h2 id="sound-title">Voice and sound</h2>
            <Segmented
              legend="Narration"
              name="narrationSource"
              options={NARRATION}
              value={settings.narrationSource}
              onChange={(narrationSource) => void update({ narrationSource })}
            />
            <Segmented
              legend="Narration detail"
              name="narrationDetail"
              options={DETAIL}
              value={settings.narrationDetail}
              onChange={(narrationDetail) => void update({ narrationDetail })}
            />
            <p className="muted small-print">
              Cues only, for routines you know: the voice says when to switch sides, let go and
              breathe, and the safety checks; the rest shows as captions.
            </p>
            <Toggle
              label="Speak my own steps with the system voice"
              hint="Built-in routines have recorded narration; steps you write have none."
              checked={settings.systemVoiceForMissing}
              onChange={(systemVoiceForMissing) => void update({ systemVoiceForMissing })}
            />
            <PercentSlider
              label="Voice volume"
              value={settings.voiceVolume}
              onChange={(voiceVolume) => void update({ voiceVolume })}
            />
            <PercentSlider
              label="Chime volume"
              value={settings.chimeVolume}
              onChange={(chimeVolume) => void update({ chimeVolume })}
            />
            <label className="field">
              <span>Background sound</span>
              <select
                value={settings.ambient}
                onChange={(e) => void update({ ambient: e.target.value as Settings['ambient'] })}
              >
                <option value="off">None</option>
                <option value="brown-noise">Soft brown noise</option>
                <option value="rain">Gentle rain</option>
              </select>
            </label>
            {settings.ambient !== 'off' && (
              <PercentSlider
                label="Background volume"
                value={settings.ambientVolume}
                onChange={(ambientVolume) => void update({ ambientVolume })}
              />
            )}
            <Toggle
              label="Count in 3, 2, 1 before a routine"
              checked={settings.countIn}
              onChange={(countIn) => void update({ countIn })}
            />
            <Toggle
              label="Mute all sound"
              hint="Captions still show what would be said."
              checked={settings.muted}
              onChange={(muted) => void update({ muted })}
            />
          </section>

          <section className="card settings-group" aria-labelledby="body-title">
            <h2 id="body-title">Your body</h2>
            <button
              type="button"
              className="button ghost small"
              onClick={() => void update({ firstRunDone: false })}
            >
              Show the welcome and safety notes again
            </button>
            <WeeklyGoal label="Weekly goal (days a week)" />
            <Toggle
              label="Start routines in gentle mode"
              hint="No firm pressure, trigger points or ball rolling; the routine screen can still change it."
              checked={settings.gentleByDefault}
              onChange={(gentleByDefault) => void update({ gentleByDefault })}
            />
            <HealthQuestions legend="Your health" settings={settings} update={update} />
            <Toggle
              label="Ask about pain before and after each session"
              hint="A 0 to 10 check-in, always skippable; History then shows what helps you."
              checked={settings.checkIns}
              onChange={(checkIns) => void update({ checkIns })}
            />
            {settings.checkIns && (
              <Toggle
                label="Also ask before a routine starts"
                checked={settings.checkInBeforeStart}
                onChange={(checkInBeforeStart) => void update({ checkInBeforeStart })}
              />
            )}
            <AvoidAreas
              legend="Areas to avoid everywhere"
              value={settings.avoidAreas}
              onChange={(avoidAreas) => void update({ avoidAreas })}
            >
              <p className="muted small-print">
                A recent injury, say. Steps that work on these areas are left out of every routine,
                and the routine tells you which.
              </p>
            </AvoidAreas>
            <AvoidAreas
              legend="Where it hurts most"
              value={settings.focusAreas}
              onChange={(focusAreas) => void update({ focusAreas })}
            >
              <p className="muted small-print">
                The library's "For you" row leads with routines for these areas.
              </p>
            </AvoidAreas>
          </section>

          <RemindersSection settings={settings} update={update} />

          <section className="card settings-group" aria-labelledby="timer-title">
            <h2 id="timer-title">Floating timer</h2>
            <PercentSlider
              label="Timer opacity"
              min={30}
              value={settings.timerOpacity}
              onChange={(timerOpacity) => void update({ timerOpacity })}
            />
          </section>

          <DeskSection settings={settings} update={update} />

          <DataSection />
        </>
      )}
    </section>
  );
}

function Segmented<K extends ChoiceKey>(props: {
  legend: string;
  name: K;
  options: readonly { value: Settings[K]; label: string; Icon?: typeof Sun }[];
  value: Settings[K];
  onChange: (value: Settings[K]) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.options.map(({ value, label, Icon }) => (
          <label key={value} className="segment">
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            {Icon && <Icon aria-hidden="true" size={16} />}
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PercentSlider(props: {
  label: string;
  value: number;
  min?: number;
  onChange: (value: number) => void;
}) {
  const percent = Math.round(props.value * 100);
  return (
    <label className="field">
      <span>
        {props.label}{' '}
        <span className="tabular" aria-hidden="true">
          {percent}%
        </span>
      </span>
      <input
        type="range"
        min={props.min ?? 0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent} percent`}
        onChange={(e) => props.onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}
