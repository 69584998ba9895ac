import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RoutineSchema, type Routine } from '../../content/schema';
import type { CustomRoutineStore } from '../routines/custom-routines';
import { UserError } from '../errors/user-error';
import type { SessionJournal } from '../history/session-journal';
import { SettingsSchema } from '../common/settings-schema';
import { renameWorkingHours } from '../settings/settings-migrations';
import type { SettingsStore } from '../settings/settings-store';

/**
 * One file with everything the user has made: settings (presets included), their own
 * routines, and the history journal files as they are on disk, so a restore is lossless.
 */
export const BackupSchema = z
  .object({
    kind: z.literal('unknot-backup'),
    version: z.literal(1),
    createdAt: z.string(),
    // A backup made by 0.1.0 still restores: its settings are brought up to date first.
    settings: z.preprocess(
      (value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? renameWorkingHours(value as Record<string, unknown>)
          : value,
      SettingsSchema,
    ),
    routines: z.array(RoutineSchema),
    history: z.array(
      z
        .object({
          file: z.string().regex(/^sessions-\d{4}\.[A-Za-z0-9_-]+[^/\\]*\.jsonl$/),
          text: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type Backup = z.infer<typeof BackupSchema>;

const JOURNAL_FILE = /^sessions-\d{4}\.[A-Za-z0-9_-]+[^/\\]*\.jsonl$/;
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const countSessions = (history: Backup['history']) =>
  history.reduce(
    (sum, file) => sum + (file.text.match(/"type":"session-started"/g)?.length ?? 0),
    0,
  );

export interface BackupService {
  create(now?: Date): { fileName: string; text: string };
  /** What a restore of this file would do, in words; throws a clear error for a bad file. */
  preview(text: string): string;
  /** Replaces everything with the backup; the current data is saved to a file first. */
  apply(text: string, now?: Date): string;
}

export function createBackupService(deps: {
  dataDir: string;
  settings: SettingsStore;
  routines: CustomRoutineStore;
  journal: SessionJournal;
  onRestored: () => void;
}): BackupService {
  const historyDir = path.join(deps.dataDir, 'history');

  const snapshot = (now: Date): Backup => ({
    kind: 'unknot-backup',
    version: 1,
    createdAt: now.toISOString(),
    settings: deps.settings.get(),
    routines: deps.routines.list().routines,
    history: fs.existsSync(historyDir)
      ? fs
          .readdirSync(historyDir)
          .filter((file) => JOURNAL_FILE.test(file))
          .sort()
          .map((file) => ({ file, text: fs.readFileSync(path.join(historyDir, file), 'utf8') }))
      : [],
  });

  const parse = (text: string): Backup => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UserError('invalid-routine', 'This is not an Unknot backup: it is not valid JSON.');
    }
    const result = BackupSchema.safeParse(json);
    if (!result.success) {
      const kind = (json as { kind?: unknown } | null)?.kind;
      const issue = result.error.issues[0];
      throw new UserError(
        'invalid-routine',
        kind !== 'unknot-backup'
          ? 'This is not an Unknot backup file. Nothing was changed.'
          : `This backup is damaged (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable'}). Nothing was changed.`,
      );
    }
    return result.data;
  };

  const describe = (backup: Backup) => {
    const sessions = countSessions(backup.history);
    return `${backup.routines.length} of your own ${backup.routines.length === 1 ? 'routine' : 'routines'}, ${sessions} ${sessions === 1 ? 'session' : 'sessions'} of history and your settings`;
  };

  return {
    create(now = new Date()) {
      return {
        fileName: `unknot-backup-${now.toISOString().slice(0, 10)}.json`,
        text: `${JSON.stringify(snapshot(now))}\n`,
      };
    },
    preview(text) {
      const backup = parse(text);
      const current = snapshot(new Date());
      return `This backup from ${backup.createdAt.slice(0, 10)} has ${describe(backup)}. Restoring replaces what Unknot has now (${describe(current)}). Your current data is saved to a file in your data folder first, so nothing is lost.`;
    },
    apply(text, now = new Date()) {
      const backup = parse(text);
      // Never lose what is there now: it goes to a file beside the data before anything changes.
      const safety = `backup-before-restore-${stamp(now)}.json`;
      fs.writeFileSync(path.join(deps.dataDir, safety), JSON.stringify(snapshot(now)));

      deps.settings.update(backup.settings);
      for (const routine of deps.routines.list().routines) deps.routines.remove(routine.id);
      for (const routine of backup.routines) deps.routines.save(routine as Routine);

      deps.journal.close();
      if (fs.existsSync(historyDir)) {
        fs.renameSync(historyDir, path.join(deps.dataDir, `history.before-restore-${stamp(now)}`));
      }
      fs.mkdirSync(historyDir, { recursive: true });
      for (const { file, text: content } of backup.history) {
        fs.writeFileSync(path.join(historyDir, file), content);
      }
      deps.onRestored();
      return `Restored ${describe(backup)} from the backup of ${backup.createdAt.slice(0, 10)}. What you had before is kept in ${safety}.`;
    },
  };
}
