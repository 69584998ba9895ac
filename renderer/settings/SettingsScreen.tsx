import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES } from '../../electron/common/language';
import type { Settings } from '../../electron/common/settings-schema';
import { AvoidAreas } from '../ui/AvoidAreas';
import { HealthQuestions } from '../ui/HealthQuestions';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import { useSettings } from '../app/settings-context';
import { formatNumber } from '../i18n/format';
import { DataSection } from './DataSection';
import { DeskSection } from './DeskSection';
import { Toggle } from './Toggle';
import { RemindersSection } from './RemindersSection';
import { VoiceNotice } from '../ui/VoiceNotice';
import './SettingsScreen.css';

type ChoiceKey = 'theme' | 'narrationSource' | 'narrationDetail';

const THEMES = [
  { value: 'system', Icon: Monitor },
  { value: 'light', Icon: Sun },
  { value: 'dark', Icon: Moon },
] as const;

const NARRATION = ['built-in', 'system', 'off'] as const;

const DETAIL = ['full', 'cues'] as const;

const AMBIENT = ['off', 'brown-noise', 'rain'] as const;

const TEXT_SIZES = [1, 1.25, 1.5, 2];

/** 0.4 as "40%", the way the language shown writes it ("40 %" in German). */
function formatPercent(fraction: number): string {
  return formatNumber(fraction, { style: 'percent' });
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { settings, error, update } = useSettings();

  return (
    <section aria-labelledby="settings-title" className="screen">
      <header className="screen-header">
        <h1 id="settings-title">{t('settingsScreen.title')}</h1>
        <p className="lede">{t('settingsScreen.lede')}</p>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!settings ? (
        <p className="muted">{t('settingsScreen.loading')}</p>
      ) : (
        <>
          <section className="card settings-group" aria-labelledby="appearance-title">
            <h2 id="appearance-title">{t('settingsScreen.appearance.title')}</h2>
            <Segmented
              legend={t('settingsScreen.appearance.theme')}
              name="theme"
              options={THEMES.map(({ value, Icon }) => ({
                value,
                Icon,
                label: t(`settingsScreen.appearance.themes.${value}`),
              }))}
              value={settings.theme}
              onChange={(theme) => void update({ theme })}
            />
            <label className="field">
              <span>{t('settingsScreen.appearance.language')}</span>
              <select
                value={settings.language}
                onChange={(e) => void update({ language: e.target.value as Settings['language'] })}
              >
                {LANGUAGE_CHOICES.map((choice) =>
                  choice === 'system' ? (
                    <option key={choice} value={choice}>
                      {t('settingsScreen.appearance.languageSystem')}
                    </option>
                  ) : (
                    // Each language in its own words, and read out in its own voice.
                    <option key={choice} value={choice} lang={choice}>
                      {LANGUAGE_NAMES[choice]}
                    </option>
                  ),
                )}
              </select>
            </label>
            <VoiceNotice />
            <label className="field">
              <span>{t('settingsScreen.appearance.textSize')}</span>
              <select
                value={settings.textScale}
                onChange={(e) => void update({ textScale: Number(e.target.value) })}
              >
                {TEXT_SIZES.map((scale) => (
                  <option key={scale} value={scale}>
                    {formatPercent(scale)}
                  </option>
                ))}
              </select>
            </label>
          </section>

          <section className="card settings-group" aria-labelledby="sound-title">
            <h2 id="sound-title">{t('settingsScreen.sound.title')}</h2>
            <Segmented
              legend={t('settingsScreen.sound.narration')}
              name="narrationSource"
              options={NARRATION.map((value) => ({
                value,
                label: t(`settingsScreen.sound.narrationSources.${value}`),
              }))}
              value={settings.narrationSource}
              onChange={(narrationSource) => void update({ narrationSource })}
            />
            <Segmented
              legend={t('settingsScreen.sound.narrationDetail')}
              name="narrationDetail"
              options={DETAIL.map((value) => ({
                value,
                label: t(`settingsScreen.sound.narrationDetails.${value}`),
              }))}
              value={settings.narrationDetail}
              onChange={(narrationDetail) => void update({ narrationDetail })}
            />
            <p className="muted small-print">{t('settingsScreen.sound.cuesNote')}</p>
            <Toggle
              label={t('settingsScreen.sound.systemVoiceForMissing')}
              hint={t('settingsScreen.sound.systemVoiceForMissingHint')}
              checked={settings.systemVoiceForMissing}
              onChange={(systemVoiceForMissing) => void update({ systemVoiceForMissing })}
            />
            <PercentSlider
              label={t('settingsScreen.sound.voiceVolume')}
              value={settings.voiceVolume}
              onChange={(voiceVolume) => void update({ voiceVolume })}
            />
            <PercentSlider
              label={t('settingsScreen.sound.chimeVolume')}
              value={settings.chimeVolume}
              onChange={(chimeVolume) => void update({ chimeVolume })}
            />
            <label className="field">
              <span>{t('settingsScreen.sound.ambient')}</span>
              <select
                value={settings.ambient}
                onChange={(e) => void update({ ambient: e.target.value as Settings['ambient'] })}
              >
                {AMBIENT.map((ambient) => (
                  <option key={ambient} value={ambient}>
                    {t(`settingsScreen.sound.ambients.${ambient}`)}
                  </option>
                ))}
              </select>
            </label>
            {settings.ambient !== 'off' && (
              <PercentSlider
                label={t('settingsScreen.sound.ambientVolume')}
                value={settings.ambientVolume}
                onChange={(ambientVolume) => void update({ ambientVolume })}
              />
            )}
            <Toggle
              label={t('settingsScreen.sound.countIn')}
              checked={settings.countIn}
              onChange={(countIn) => void update({ countIn })}
            />
            <Toggle
              label={t('settingsScreen.sound.muted')}
              hint={t('settingsScreen.sound.mutedHint')}
              checked={settings.muted}
              onChange={(muted) => void update({ muted })}
            />
          </section>

          <section className="card settings-group" aria-labelledby="body-title">
            <h2 id="body-title">{t('settingsScreen.body.title')}</h2>
            <button
              type="button"
              className="button ghost small"
              onClick={() => void update({ firstRunDone: false })}
            >
              {t('settingsScreen.body.showWelcome')}
            </button>
            <WeeklyGoal label={t('settingsScreen.body.weeklyGoal')} />
            <Toggle
              label={t('settingsScreen.body.gentle')}
              hint={t('settingsScreen.body.gentleHint')}
              checked={settings.gentleByDefault}
              onChange={(gentleByDefault) => void update({ gentleByDefault })}
            />
            <HealthQuestions
              legend={t('settingsScreen.body.health')}
              settings={settings}
              update={update}
            />
            <Toggle
              label={t('settingsScreen.body.checkIns')}
              hint={t('settingsScreen.body.checkInsHint')}
              checked={settings.checkIns}
              onChange={(checkIns) => void update({ checkIns })}
            />
            {settings.checkIns && (
              <Toggle
                label={t('settingsScreen.body.checkInBeforeStart')}
                checked={settings.checkInBeforeStart}
                onChange={(checkInBeforeStart) => void update({ checkInBeforeStart })}
              />
            )}
            <AvoidAreas
              legend={t('settingsScreen.body.avoid')}
              value={settings.avoidAreas}
              onChange={(avoidAreas) => void update({ avoidAreas })}
            >
              <p className="muted small-print">{t('settingsScreen.body.avoidNote')}</p>
            </AvoidAreas>
            <AvoidAreas
              legend={t('settingsScreen.body.focus')}
              value={settings.focusAreas}
              onChange={(focusAreas) => void update({ focusAreas })}
            >
              <p className="muted small-print">{t('settingsScreen.body.focusNote')}</p>
            </AvoidAreas>
          </section>

          <RemindersSection settings={settings} update={update} />

          <section className="card settings-group" aria-labelledby="timer-title">
            <h2 id="timer-title">{t('settingsScreen.timer.title')}</h2>
            <PercentSlider
              label={t('settingsScreen.timer.opacity')}
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
  const { t } = useTranslation('settings');
  const percent = Math.round(props.value * 100);
  return (
    <label className="field">
      <span>
        {props.label}{' '}
        <span className="tabular" aria-hidden="true">
          {formatPercent(percent / 100)}
        </span>
      </span>
      <input
        type="range"
        min={props.min ?? 0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={t('percentSlider.valueText', { percent: formatNumber(percent) })}
        onChange={(e) => props.onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}
