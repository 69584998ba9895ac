import { Play, X } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import type { Preset, PlanChoices } from '../../electron/common/settings-schema';
import './PresetRow.css';

/** The user's saved choices for a routine, each one click from playing. */
export function PresetRow({
  presets,
  titleOf,
  play,
  remove,
}: {
  presets: readonly Preset[];
  titleOf: (routineId: string) => string;
  play: (routineId: string, choices: PlanChoices) => void;
  remove: (preset: Preset) => void;
}) {
  const { t } = useTranslation('library');
  if (presets.length === 0) return null;
  return (
    <section aria-labelledby="presets-title" className="presets">
      <h2 id="presets-title" className="section-title">
        {t('presetRow.title')}
      </h2>
      <ul className="preset-list">
        {presets.map((preset) => (
          <li key={preset.id} className="preset">
            <button
              type="button"
              className="button preset-play"
              onClick={() => play(preset.routineId, preset.choices)}
            >
              <Play aria-hidden="true" size={14} />
              <span>
                {preset.name}
                <span className="muted"> · {titleOf(preset.routineId)}</span>
              </span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('presetRow.delete', { name: preset.name })}
              onClick={() => remove(preset)}
            >
              <X aria-hidden="true" size={16} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
