import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { autostartEntry, HIDDEN_FLAG } from '../desk/platform';

/**
 * "Open Unknot when I log in", started hidden in the tray. macOS and Windows have login
 * items; Linux desktops read the XDG autostart folder. Failing to write it is told, not thrown.
 */
export function applyLaunchAtLogin(on: boolean, log: (message: string, error: unknown) => void) {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: on, args: [HIDDEN_FLAG] });
    return;
  }
  const file = path.join(app.getPath('appData'), 'autostart', 'unknot.desktop');
  try {
    if (on) {
      // An AppImage moves its binary to a new mount each run; APPIMAGE is the stable path.
      const exec = process.env.APPIMAGE ?? process.execPath;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, autostartEntry(exec));
    } else {
      fs.rmSync(file, { force: true });
    }
  } catch (error) {
    log('Could not change the autostart entry', error);
  }
}

/** Whether this start came from a login: then the window waits in the tray. */
export function openedAtLogin(): boolean {
  if (process.platform === 'linux') return false;
  return app.getLoginItemSettings().wasOpenedAtLogin === true;
}
