import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countPdfPages,
  createReportService,
  type ReportFs,
} from '../../../../electron/report/report-service';
import type { HistoryService } from '../../../../electron/history/history-service';
import type { RoutineLibrary } from '../../../../electron/routines/routine-library';
import type { SettingsStore } from '../../../../electron/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../electron/common/settings-schema';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** A PDF body with two page objects and the page tree, as Chromium writes them. */
const TWO_PAGES = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Pages /Count 2>> endobj\n2 0 obj <</Type /Page>> endobj\n3 0 obj <</Type/Page /Parent 1 0 R>> endobj\n%%EOF',
  'latin1',
);

function service(savePath: string | null, fsOverride?: ReportFs) {
  const printed: string[] = [];
  const report = createReportService({
    history: { sessions: () => [] } as unknown as HistoryService,
    settings: {
      get: () => ({ ...DEFAULT_SETTINGS, healthAnswers: ['clot'], avoidAreas: ['neck'] }),
    } as unknown as SettingsStore,
    library: {
      get: () => {
        throw new Error('gone');
      },
    } as unknown as RoutineLibrary,
    ports: {
      printPdf: async (html) => {
        printed.push(html);
        return TWO_PAGES;
      },
      pickSavePath: async () => savePath,
    },
    now: () => new Date('2025-03-30T12:00:00Z'),
    ...(fsOverride ? { fs: fsOverride } : {}),
  });
  return { report, printed };
}

const REQUEST = { from: '2025-03-03', to: '2025-03-30', noteSessionIds: [] };

describe('making a report', () => {
  it('counts the pages of a PDF', () => {
    expect(countPdfPages(TWO_PAGES)).toBe(2);
  });

  it('saves the PDF where the user picks and says how many pages it has', async () => {
    const target = path.join(tempDir(), 'report.pdf');
    const { report, printed } = service(target);
    await expect(report.make(REQUEST)).resolves.toEqual({
      saved: true,
      fileName: 'report.pdf',
      pages: 2,
    });
    expect(fs.readFileSync(target)).toEqual(TWO_PAGES);
    expect(printed[0]).toContain('Told Unknot: I have had a blood clot, or I have varicose veins.');
    expect(printed[0]).toContain('Leaves out steps on: neck.');
  });

  it('saves nothing when the user cancels', async () => {
    const { report } = service(null);
    await expect(report.make(REQUEST)).resolves.toEqual({ saved: false });
  });

  it('on a full disk, says so and leaves an earlier report of the same name as it was', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.pdf');
    fs.writeFileSync(target, 'the earlier report');
    const full: ReportFs = {
      writeFileSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      renameSync: fs.renameSync,
      rmSync: fs.rmSync,
    };
    const { report } = service(target, full);
    await expect(report.make(REQUEST)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining('the disk is full'),
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('the earlier report');
    expect(fs.readdirSync(dir)).toEqual(['report.pdf']);
  });
});
