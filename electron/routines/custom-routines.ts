import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  MAX_ROUTINE_FILE_BYTES,
  parseRoutineFile,
  tooLargeMessage,
  validateRoutine,
} from '../../content/routine-validation';
import type { Routine, Technique } from '../../content/schema';
import { errnoOf, UserError, whyReadFailed, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';

/**
 * The user's own routines: one `<id>.json` per routine in `<dataDir>/routines`, in the
 * same format as the built-in files and as import/export, so a user can copy one in or
 * out by hand and a synced data folder (Syncthing, Dropbox) carries them as plain files.
 * Nothing is cached: the folder is the truth, and a file changed by a sync shows up on the
 * next list.
 */

export interface RoutineFileProblem {
  /** The file's name inside the folder (the folder's path when the folder itself fails). */
  file: string;
  message: string;
}

export interface CustomRoutineStore {
  readonly dir: string;
  /** Every good routine, sorted by title; a bad file is reported, never fatal. */
  list(): { routines: Routine[]; problems: RoutineFileProblem[] };
  get(id: string): Routine | undefined;
  /** Validates, then replaces `<id>.json` atomically; returns the routine as stored. */
  save(routine: Routine): Routine;
  /** False when there was no such routine. */
  remove(id: string): boolean;
}

/** The file-system calls the store makes; tests pass one that fails like a full disk. */
export type RoutineFs = Pick<
  typeof fs,
  | 'readdirSync'
  | 'readFileSync'
  | 'statSync'
  | 'mkdirSync'
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
/** Anything else in the folder (temp files, notes, a user's "Copy of x.json") is not ours. */
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** A kebab-case id can never name a path outside the folder: no dots, no separators. */
function isRoutineId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= MAX_ID_LENGTH && ID.test(id);
}

/**
 * Key order of the shipped files, so a saved or exported routine diffs cleanly against a
 * built-in one (zod hands keys back in schema order, which differs).
 */
const ROUTINE_KEYS = [
  'format',
  'id',
  'title',
  'summary',
  'conditions',
  'intensity',
  'cautions',
  'steps',
];
const BODY_KEYS = [
  'id',
  'title',
  'technique',
  'bodyAreas',
  'sides',
  'sideWork',
  'seconds',
  'breathing',
  'optional',
  'priority',
  'firm',
  'repeatable',
  'illustration',
  'caption',
  'narration',
  'gentleVariant',
];
const SECONDS_KEYS = ['min', 'default', 'max'];
const NARRATION_KEYS = ['intro', 'cues', 'outro'];
const CUE_KEYS = ['kind', 'text', 'at', 'every'];

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  // Never drop data: a field the orders above do not know yet goes last.
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

function orderBody(body: object): Record<string, unknown> {
  const out = ordered(body, BODY_KEYS);
  if (typeof out.seconds === 'object' && out.seconds !== null) {
    out.seconds = ordered(out.seconds, SECONDS_KEYS);
  }
  if (typeof out.narration === 'object' && out.narration !== null) {
    const narration = ordered(out.narration, NARRATION_KEYS);
    if (Array.isArray(narration.cues)) {
      narration.cues = narration.cues.map((cue: object) => ordered(cue, CUE_KEYS));
    }
    out.narration = narration;
  }
  if (typeof out.gentleVariant === 'object' && out.gentleVariant !== null) {
    out.gentleVariant = orderBody(out.gentleVariant);
  }
  return out;
}

/** The file text for a routine: the shipped files' layout, two-space JSON, final newline. */
export function serializeRoutine(routine: Routine): string {
  const out = ordered(routine, ROUTINE_KEYS);
  out.steps = routine.steps.map(orderBody);
  return `${JSON.stringify(out, null, 2)}\n`;
}

type ReadResult =
  { kind: 'routine'; routine: Routine } | { kind: 'problem'; message: string } | { kind: 'absent' };

export function openCustomRoutines(
  dataDir: string,
  techniques: readonly Technique[],
  io: RoutineFs = fs,
): CustomRoutineStore {
  const dir = path.join(dataDir, 'routines');
  const fileFor = (id: string) => path.join(dir, `${id}.json`);

  function read(id: string): ReadResult {
    const file = fileFor(id);
    let text: string;
    try {
      const stat = io.statSync(file);
      if (!stat.isFile()) return { kind: 'absent' };
      // Checked before reading so a huge stray file never lands in memory.
      if (stat.size > MAX_ROUTINE_FILE_BYTES) {
        return { kind: 'problem', message: tooLargeMessage(stat.size) };
      }
      text = io.readFileSync(file, 'utf8');
    } catch (error) {
      // Gone between listing and reading (a sync, another window): simply not there.
      if (errnoOf(error) === 'ENOENT') return { kind: 'absent' };
      return {
        kind: 'problem',
        message: tm('errors:routines.fileUnusable', { why: whyReadFailed(error) }),
      };
    }
    const parsed = parseRoutineFile(text, techniques);
    if (!parsed.ok) return { kind: 'problem', message: parsed.message };
    if (parsed.routine.id !== id) {
      return {
        kind: 'problem',
        message: tm('errors:routines.idMismatch', { id: parsed.routine.id }),
      };
    }
    return { kind: 'routine', routine: parsed.routine };
  }

  function list(): { routines: Routine[]; problems: RoutineFileProblem[] } {
    let names: string[];
    try {
      names = io.readdirSync(dir);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { routines: [], problems: [] };
      return {
        routines: [],
        problems: [
          {
            file: dir,
            message: tm('errors:routines.folderUnusable', { why: whyReadFailed(error) }),
          },
        ],
      };
    }
    const routines: Routine[] = [];
    const problems: RoutineFileProblem[] = [];
    for (const name of [...names].sort()) {
      const id = FILE_NAME.exec(name)?.[1];
      if (id === undefined || id.length > MAX_ID_LENGTH) continue;
      const result = read(id);
      if (result.kind === 'routine') routines.push(result.routine);
      else if (result.kind === 'problem') problems.push({ file: name, message: result.message });
    }
    routines.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    return { routines, problems };
  }

  function get(id: string): Routine | undefined {
    if (!isRoutineId(id)) return undefined;
    const result = read(id);
    return result.kind === 'routine' ? result.routine : undefined;
  }

  function save(routine: Routine): Routine {
    const checked = validateRoutine(routine, techniques);
    if (!checked.ok) throw new UserError('invalid-routine', checked.message);
    const valid = checked.routine;
    const data = Buffer.from(serializeRoutine(valid), 'utf8');
    const file = fileFor(valid.id);
    // Unique per attempt so two app instances on one synced folder never share a temp file.
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    let fd: number | undefined;
    try {
      io.mkdirSync(dir, { recursive: true });
      fd = io.openSync(temp, 'wx');
      let offset = 0;
      while (offset < data.length) {
        const written = io.writeSync(fd, data, offset, data.length - offset);
        if (written <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
        offset += written;
      }
      // Flushed before the rename, or a power cut could leave the new name on empty data.
      io.fsyncSync(fd);
      io.closeSync(fd);
      fd = undefined;
      io.renameSync(temp, file);
    } catch (error) {
      if (fd !== undefined) {
        try {
          io.closeSync(fd);
        } catch {
          // Already failing; the cleanup below matters more than this handle.
        }
      }
      try {
        io.unlinkSync(temp);
      } catch {
        // Never created, or already renamed away: nothing to clean up.
      }
      throw new UserError(
        'storage-failed',
        tm('errors:routines.saveFailed', { title: valid.title, why: whyWriteFailed(error, dir) }),
        { cause: error },
      );
    }
    syncFolder();
    return valid;
  }

  /** Makes the rename itself durable; POSIX only (Windows cannot open a folder), so best effort. */
  function syncFolder(): void {
    let fd: number | undefined;
    try {
      fd = io.openSync(dir, 'r');
      io.fsyncSync(fd);
    } catch {
      // The file is already in place; a folder that cannot be synced is not a failed save.
    } finally {
      if (fd !== undefined) {
        try {
          io.closeSync(fd);
        } catch {
          // Nothing more to do for a read-only handle.
        }
      }
    }
  }

  function remove(id: string): boolean {
    if (!isRoutineId(id)) return false;
    try {
      io.unlinkSync(fileFor(id));
      return true;
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return false;
      throw new UserError(
        'storage-failed',
        tm('errors:routines.deleteFailed', { id, why: whyWriteFailed(error, dir) }),
        { cause: error },
      );
    }
  }

  return { dir, list, get, save, remove };
}
