import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../common/ipc/contract';
import type { Settings } from '../common/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import { syncFolder, writeDurably } from './durable-write';
import { tm } from '../i18n/main-i18n';

/**
 * A restore switches folders one rename at a time. If the app dies between two (a crash, a
 * power cut), this record, written before the first switch and removed after the last,
 * lets the next start put everything back as it was: a restore is all or nothing, even
 * across a crash.
 */
export const RESTORE_RECORD = 'restore-in-progress.json';

export interface RestorePart {
  /** The folder in use (history/ or routines/). */
  live: string;
  /** Where the folder in use is moved aside to. */
  kept: string;
  /** The folder the restored data was written into. */
  staged: string;
  /** Whether there was a folder in use to move aside. */
  hadLive: boolean;
}

export interface RestoreRecordData {
  parts: RestorePart[];
  /** The settings before the restore. */
  settings: Settings;
  /** The snapshot of what there was, written first; removed when the restore is undone. */
  safety: string;
}

export function writeRestoreRecord(dataDir: string, record: RestoreRecordData): void {
  writeDurably(path.join(dataDir, RESTORE_RECORD), JSON.stringify(record));
}

export function clearRestoreRecord(dataDir: string): void {
  fs.rmSync(path.join(dataDir, RESTORE_RECORD), { force: true });
  syncFolder(dataDir);
}

/**
 * At start: undoes a restore that a crash cut off, so the data is as it was before it.
 * Returns the notice to show, or undefined when there was nothing to undo.
 */
export function undoInterruptedRestore(
  dataDir: string,
  settings: SettingsStore,
): Notice | undefined {
  const file = path.join(dataDir, RESTORE_RECORD);
  let record: RestoreRecordData;
  try {
    record = JSON.parse(fs.readFileSync(file, 'utf8')) as RestoreRecordData;
  } catch {
    return undefined;
  }
  const inside = (name: string) => path.join(dataDir, path.basename(name));
  for (const part of record.parts) {
    const live = inside(part.live);
    const kept = inside(part.kept);
    const staged = inside(part.staged);
    if (fs.existsSync(kept)) {
      // The old folder was moved aside: whatever is in its place is the restore's.
      fs.rmSync(live, { recursive: true, force: true });
      fs.renameSync(kept, live);
    } else if (!part.hadLive && !fs.existsSync(staged)) {
      // There was none, and the restored one was put in place: take it away again.
      fs.rmSync(live, { recursive: true, force: true });
    }
    fs.rmSync(staged, { recursive: true, force: true });
  }
  settings.update(record.settings);
  fs.rmSync(inside(record.safety), { force: true });
  clearRestoreRecord(dataDir);
  return {
    id: 'restore-undone',
    level: 'warning',
    message: tm('errors:backup.restoreUndone'),
  };
}
