import { useTranslation } from '../i18n/use-translation';
import type { Settings, SettingsPatch } from '../../electron/common/settings-schema';
import { ShortcutField } from './ShortcutField';
import { Toggle } from './Toggle';

const SHORTCUTS = [
  { id: 'shortcut-playback', which: 'togglePlayback' },
  { id: 'shortcut-timer', which: 'toggleTimer' },
] as const;

/** How Unknot lives on the desk: the tray, screen sharing, and the system-wide keys. */
export function DeskSection(props: {
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const { settings, update } = props;
  return (
    <section className="card settings-group" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('deskSection.title')}</h2>
      <Toggle
        label={t('deskSection.tray')}
        hint={t('deskSection.trayHint')}
        checked={settings.closeToTray}
        onChange={(closeToTray) => void update({ closeToTray })}
      />
      <Toggle
        label={t('deskSection.hideTimer')}
        hint={t('deskSection.hideTimerHint')}
        checked={settings.hideTimerFromScreenShare}
        onChange={(hideTimerFromScreenShare) => void update({ hideTimerFromScreenShare })}
      />
      {SHORTCUTS.map(({ id, which }) => (
        <ShortcutField
          key={which}
          id={id}
          label={t(`deskSection.shortcuts.${which}`)}
          which={which}
          shortcuts={settings.shortcuts}
        />
      ))}
      <p className="muted small-print">{t('deskSection.mediaKeys')}</p>
    </section>
  );
}
