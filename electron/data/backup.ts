import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RoutineSchema, type Routine, type Technique } from '../../content/schema';
import { validateRoutine } from '../../content/routine-validation';
import { serializeRoutine, type CustomRoutineStore } from '../routines/custom-routines';
import { syncFolder, writeDurably } from './durable-write';
import { clearRestoreRecord, writeRestoreRecord, type RestorePart } from './restore-record';
import { UserError, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import { FILE_NAME as JOURNAL_FILE } from '../history/journal-format';
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
          file: z.string().regex(JOURNAL_FILE),
          text: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type Backup = z.infer<typeof BackupSchema>;

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
  /**
   * Replaces everything with the backup, all or nothing: the current data is saved to a file
   * first, and on any failure it is left exactly as it was.
   */
  apply(text: string, now?: Date): string;
}

/**
 * A journal file name a restore may create: no control characters (NUL above all), not too
 * long. Letters beyond ASCII are fine: a sync service's conflict copy carries a person's or
 * a computer's name ("… (Zoé's conflicted copy).jsonl"), and the journal reads it as history.
 */
const SAFE_NAME = /^[^\p{Cc}]{1,120}$/u;

export function createBackupService(deps: {
  dataDir: string;
  settings: SettingsStore;
  routines: CustomRoutineStore;
  journal: SessionJournal;
  /** A restore must not plant a routine under a built-in routine's id. */
  builtInIds: ReadonlySet<string>;
  techniques: readonly Technique[];
  onRestored: () => void;
}): BackupService {
  const historyDir = path.join(deps.dataDir, 'history');
  const routinesDir = deps.routines.dir;

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
      throw new UserError('invalid-routine', tm('errors:backup.notJson'));
    }
    const result = BackupSchema.safeParse(json);
    if (!result.success) {
      const kind = (json as { kind?: unknown } | null)?.kind;
      const issue = result.error.issues[0];
      throw new UserError(
        'invalid-routine',
        kind !== 'unknot-backup'
          ? tm('errors:backup.notBackup')
          : tm('errors:backup.damaged', { part: partOf(issue?.path ?? []) }),
      );
    }
    return result.data;
  };

  /**
   * Everything a restore could trip on, found before anything is touched: each routine by
   * the rules an import uses, ids, and the history's file names.
   */
  const problemsOf = (backup: Backup): string[] => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const routine of backup.routines) {
      const title = routine.title;
      const checked = validateRoutine(routine, deps.techniques);
      // The reason is a sentence of its own; inside the brackets it loses its full stop.
      if (!checked.ok) {
        problems.push(
          tm('errors:backup.problem.routineInvalid', {
            title,
            reason: checked.message.replace(/\.$/, ''),
          }),
        );
      }
      if (deps.builtInIds.has(routine.id)) {
        problems.push(tm('errors:backup.problem.builtInId', { title, id: routine.id }));
      }
      if (ids.has(routine.id)) {
        problems.push(tm('errors:backup.problem.sameId', { id: routine.id }));
      }
      ids.add(routine.id);
    }
    const files = new Set<string>();
    for (const { file } of backup.history) {
      if (!SAFE_NAME.test(file)) {
        problems.push(
          tm('errors:backup.problem.badFileName', {
            name: `${JSON.stringify(file.slice(0, 40))}${file.length > 40 ? '…' : ''}`,
          }),
        );
      }
      if (files.has(file)) problems.push(tm('errors:backup.problem.fileTwice', { file }));
      files.add(file);
    }
    return problems;
  };

  /** The backup, checked through and through; throws the reason it cannot be restored. */
  const restorable = (text: string): Backup => {
    const backup = parse(text);
    const [problem, ...more] = problemsOf(backup);
    if (problem !== undefined) {
      throw new UserError(
        'invalid-routine',
        more.length > 0
          ? tm('errors:backup.cannotRestoreMore', { problem, count: more.length })
          : tm('errors:backup.cannotRestore', { problem }),
      );
    }
    return backup;
  };

  const describe = (backup: Backup) => {
    return tm('errors:backup.contents', {
      routines: tm('errors:backup.ownRoutines', { count: backup.routines.length }),
      sessions: tm('errors:backup.historySessions', { count: countSessions(backup.history) }),
    });
  };

  return {
    create(now = new Date()) {
      return {
        fileName: `unknot-backup-${now.toISOString().slice(0, 10)}.json`,
        text: `${JSON.stringify(snapshot(now))}\n`,
      };
    },
    preview(text) {
      const backup = restorable(text);
      const current = snapshot(new Date());
      return tm('errors:backup.preview', {
        date: backup.createdAt.slice(0, 10),
        backup: describe(backup),
        current: describe(current),
      });
    },
    apply(text, now = new Date()) {
      const backup = restorable(text);
      const at = stamp(now);
      const previousSettings = deps.settings.get();
      const staged: string[] = [];
      const undo: (() => void)[] = [];
      try {
        // Never lose what is there now: it goes to a file beside the data before anything
        // changes.
        const safety = `backup-before-restore-${at}.json`;
        writeDurably(path.join(deps.dataDir, safety), JSON.stringify(snapshot(now)));
        // Undone too: a restore that did not happen leaves no trace.
        undo.push(() => fs.rmSync(path.join(deps.dataDir, safety), { force: true }));

        // The new history and routines are written whole into folders of their own first.
        const stage = (name: string, files: { file: string; text: string }[]): string => {
          const dir = path.join(deps.dataDir, `${name}.restoring-${at}`);
          staged.push(dir);
          fs.mkdirSync(dir);
          for (const { file, text: content } of files) writeDurably(path.join(dir, file), content);
          syncFolder(dir);
          return dir;
        };
        const newHistory = stage('history', backup.history);
        const newRoutines = stage(
          'routines',
          backup.routines.map((routine) => ({
            file: `${routine.id}.json`,
            text: serializeRoutine(routine as Routine),
          })),
        );

        // Then each switch is one rename, and each can be undone: here on an error, and at
        // the next start if the app dies between two (the record says what to undo).
        const parts: RestorePart[] = [
          { live: historyDir, kept: `history.before-restore-${at}`, staged: newHistory },
          { live: routinesDir, kept: `routines.before-restore-${at}`, staged: newRoutines },
        ].map((part) => ({
          live: path.basename(part.live),
          kept: part.kept,
          staged: path.basename(part.staged),
          hadLive: fs.existsSync(part.live),
        }));
        writeRestoreRecord(deps.dataDir, { parts, settings: previousSettings, safety });
        undo.push(() => clearRestoreRecord(deps.dataDir));
        const swap = (live: string, next: string, keptAs: string) => {
          if (fs.existsSync(live)) {
            fs.renameSync(live, keptAs);
            undo.push(() => fs.renameSync(keptAs, live));
          }
          fs.renameSync(next, live);
          undo.push(() => fs.renameSync(live, next));
        };
        deps.journal.close();
        swap(historyDir, newHistory, path.join(deps.dataDir, `history.before-restore-${at}`));
        swap(routinesDir, newRoutines, path.join(deps.dataDir, `routines.before-restore-${at}`));
        deps.settings.update(backup.settings);
        undo.push(() => deps.settings.update(previousSettings));
        clearRestoreRecord(deps.dataDir);
        deps.onRestored();
        return tm('errors:backup.restored', {
          contents: describe(backup),
          date: backup.createdAt.slice(0, 10),
          file: safety,
        });
      } catch (error) {
        const undone = rollBack(undo);
        for (const dir of staged) fs.rmSync(dir, { recursive: true, force: true });
        deps.onRestored();
        const why = (error instanceof UserError ? error.message : whyWriteFailed(error)).replace(
          /\.$/,
          '',
        );
        throw new UserError(
          'storage-failed',
          undone
            ? tm('errors:backup.restoreFailed', { why })
            : tm('errors:backup.restoreFailedNotUndone', {
                why,
                folder: deps.dataDir,
                name: `before-restore-${at}`,
              }),
          { cause: error },
        );
      }
    },
  };
}

/** Where in a backup a problem is, in words rather than the validator's path. */
function partOf(at: readonly PropertyKey[]): string {
  const [top, index, field] = at;
  if (top === undefined) return tm('errors:backup.part.file');
  if (top === 'history') {
    if (index === undefined) return tm('errors:backup.part.history');
    const number = Number(index) + 1;
    return field === 'file'
      ? tm('errors:backup.part.historyFileName', { number })
      : tm('errors:backup.part.historyFile', { number });
  }
  if (top === 'routines') {
    return index === undefined
      ? tm('errors:backup.part.routines')
      : tm('errors:backup.part.routine', { number: Number(index) + 1 });
  }
  if (top === 'settings')
    return field === undefined && index !== undefined
      ? tm('errors:backup.part.setting', { name: String(index) })
      : tm('errors:backup.part.settings');
  return tm('errors:backup.part.other', { name: String(top) });
}

/** Undoes the switches made so far, newest first; false if any could not be undone. */
function rollBack(undo: (() => void)[]): boolean {
  let whole = true;
  for (const step of [...undo].reverse()) {
    try {
      step();
    } catch {
      whole = false;
    }
  }
  return whole;
}
