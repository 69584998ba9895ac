import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RoutineSchema, type Routine, type Technique } from '../../content/schema';
import { validateRoutine } from '../../content/routine-validation';
import { serializeRoutine, type CustomRoutineStore } from '../routines/custom-routines';
import { syncFolder, writeDurably } from './durable-write';
import { clearRestoreRecord, writeRestoreRecord, type RestorePart } from './restore-record';
import { UserError, whyWriteFailed } from '../errors/user-error';
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
          : `This backup is damaged: ${partOf(issue?.path ?? [])} is not as Unknot writes it. Nothing was changed.`,
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
      const name = `“${routine.title}”`;
      const checked = validateRoutine(routine, deps.techniques);
      // The reason is a sentence of its own; inside the brackets it loses its full stop.
      if (!checked.ok)
        problems.push(`the routine ${name} is not valid (${checked.message.replace(/\.$/, '')})`);
      if (deps.builtInIds.has(routine.id)) {
        problems.push(`the routine ${name} has the id of a built-in routine (${routine.id})`);
      }
      if (ids.has(routine.id)) problems.push(`two routines have the id ${routine.id}`);
      ids.add(routine.id);
    }
    const files = new Set<string>();
    for (const { file } of backup.history) {
      if (!SAFE_NAME.test(file)) {
        problems.push(
          `a history file has a name no folder can hold (${JSON.stringify(file.slice(0, 40))}${file.length > 40 ? '…' : ''})`,
        );
      }
      if (files.has(file)) problems.push(`the history file ${file} appears twice`);
      files.add(file);
    }
    return problems;
  };

  /** The backup, checked through and through; throws the reason it cannot be restored. */
  const restorable = (text: string): Backup => {
    const backup = parse(text);
    const [problem, ...more] = problemsOf(backup);
    if (problem !== undefined) {
      const also =
        more.length > 0
          ? ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})`
          : '';
      throw new UserError(
        'invalid-routine',
        `This backup cannot be restored: ${problem}${also}. Nothing was changed.`,
      );
    }
    return backup;
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
      const backup = restorable(text);
      const current = snapshot(new Date());
      return `This backup from ${backup.createdAt.slice(0, 10)} has ${describe(backup)}. Restoring replaces what Unknot has now (${describe(current)}). Your current data is saved to a file in your data folder first, so nothing is lost.`;
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
        return `Restored ${describe(backup)} from the backup of ${backup.createdAt.slice(0, 10)}. What you had before is kept in ${safety}.`;
      } catch (error) {
        const undone = rollBack(undo);
        for (const dir of staged) fs.rmSync(dir, { recursive: true, force: true });
        deps.onRestored();
        const why = error instanceof UserError ? error.message : `${whyWriteFailed(error)}.`;
        throw new UserError(
          'storage-failed',
          undone
            ? `Could not restore the backup: ${why.replace(/\.$/, '')}. Your data is exactly as it was.`
            : `Could not restore the backup: ${why.replace(/\.$/, '')}, and putting your data back failed too. Nothing is deleted: your data is in ${deps.dataDir}, with what you had kept in the files named before-restore-${at}.`,
          { cause: error },
        );
      }
    },
  };
}

/** Where in a backup a problem is, in words rather than the validator's path. */
function partOf(at: readonly PropertyKey[]): string {
  const [top, index, field] = at;
  if (top === undefined) return 'the file';
  if (top === 'history') {
    return index === undefined
      ? 'its history'
      : `history file ${Number(index) + 1}${field === 'file' ? '’s name' : ''}`;
  }
  if (top === 'routines') {
    return index === undefined ? 'its list of routines' : `routine ${Number(index) + 1}`;
  }
  if (top === 'settings')
    return field === undefined && index !== undefined
      ? `the setting “${String(index)}”`
      : 'its settings';
  return `its “${String(top)}”`;
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
