import path from 'node:path';
import { Menu, nativeImage, Tray } from 'electron';
import { trayMenu, trayTooltip, type DeskAction, type TrayState } from '../desk/desk-controls';

/** The tray icon and its menu, rebuilt whenever the state it shows or the language changes. */
export function createTray(iconDir: string, run: (action: DeskAction) => void) {
  const tray = new Tray(nativeImage.createFromPath(path.join(iconDir, '32x32.png')));
  const update = (state: TrayState) => {
    const template = trayMenu(state).map((item) =>
      'separator' in item
        ? { type: 'separator' as const }
        : { label: item.label, enabled: item.enabled, click: () => run(item.action) },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
    tray.setToolTip(trayTooltip(state));
  };
  return { update, destroy: () => tray.destroy() };
}
