import type { Settings, SettingsPatch } from '../../electron/common/settings-schema';
import { ShortcutField } from './ShortcutField';
import { Toggle } from './Toggle';

/** How Unknot lives on the desk: the tray, screen sharing, and the system-wide keys. */
export function DeskSection(props: {
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<void>;
}) {
  const { settings, update } = props;
  return (
    <section className="card settings-group" aria-labelledby="desk-title">
      <h2 id="desk-title">On the desk</h2>
      <Toggle
        label="Keep Unknot in the tray when I close the window"
        hint="Reminders keep coming. Quit from the tray icon. On a Mac, the Dock does this."
        checked={settings.closeToTray}
        onChange={(closeToTray) => void update({ closeToTray })}
      />
      <Toggle
        label="Hide the floating timer when I share my screen"
        hint="Windows and macOS leave it out of shares and recordings. Linux cannot; there the timer steps aside while do-not-disturb is on."
        checked={settings.hideTimerFromScreenShare}
        onChange={(hideTimerFromScreenShare) => void update({ hideTimerFromScreenShare })}
      />
      <ShortcutField
        id="shortcut-playback"
        label="Pause or resume from anywhere"
        which="togglePlayback"
        shortcuts={settings.shortcuts}
      />
      <ShortcutField
        id="shortcut-timer"
        label="Show or hide the timer from anywhere"
        which="toggleTimer"
        shortcuts={settings.shortcuts}
      />
      <p className="muted small-print">
        While a routine plays or is paused, the media keys (play/pause, next, previous, stop) work
        too; the rest of the time they stay with your music player.
      </p>
    </section>
  );
}
