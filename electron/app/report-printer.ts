import path from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { tm } from '../i18n/main-i18n';
import type { ReportPorts } from '../report/report-service';

/**
 * The clinician report's printing and saving, in Electron: the report's HTML (our own, with
 * no scripts and nothing fetched) is loaded into a hidden window with JavaScript off and
 * printed with printToPDF; the user picks where it goes with the system's save dialog.
 */
export function electronReportPorts(owner: () => BrowserWindow | null): ReportPorts {
  return {
    async printPdf(html) {
      const page = new BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          // As every window of the app: no middle-click navigation (the page has no links).
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        // Loaded by main, not navigated to by a page, so the navigation guard does not apply.
        await page.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await page.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        page.destroy();
      }
    },
    async pickSavePath(suggestedName) {
      const options: SaveDialogOptions = {
        title: tm('desk:dialogs.saveReport'),
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const window = owner();
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
  };
}
