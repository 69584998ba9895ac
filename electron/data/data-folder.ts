import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { Notice } from '../common/ipc/contract';
import { syncFolder, writeDurably } from './durable-write';

/**
 * Where the data lives. By default Electron's userData folder; the user may move it, for
 * example into a folder Syncthing, Dropbox or OneDrive keeps in sync. The choice is kept in
 * a small pointer file in userData, which never moves.
 */
const POINTER = 'data-location.json';
/** What a data folder holds: its settings, routines and history journal. */
const DATA_ENTRIES = ['settings.json', 'settings.backup.json', 'routines', 'history'];
/**
 * Written last into a folder Unknot has made whole: only a folder with it is adopted, so a
 * copy that stopped half way, or any folder that happens to hold a "history", never is.
 */
export const DATA_MARKER = 'unknot-data.json';

export interface DataLocation {
  folder: string;
  /** Said once at start when the chosen folder cannot be found. */
  notice?: Notice;
}

/** The data folder to use, and a notice when the one the user chose is missing. */
export function locateDataFolder(userData: string): DataLocation {
  let chosen: unknown;
  try {
    chosen = (
      JSON.parse(fs.readFileSync(path.join(userData, POINTER), 'utf8')) as { path?: unknown }
    ).path;
  } catch {
    // No pointer: the data is where it always was.
    return { folder: userData };
  }
  if (typeof chosen !== 'string') return { folder: userData };
  if (fs.existsSync(chosen)) return { folder: chosen };
  return {
    folder: userData,
    notice: {
      id: 'data-folder-missing',
      level: 'error',
      message: tm('errors:dataFolder.missing', { chosen, userData }),
    },
  };
}

export function resolveDataFolder(userData: string): string {
  return locateDataFolder(userData).folder;
}

/** Marks a folder as a whole Unknot data folder (idempotent). */
export function markDataFolder(folder: string): void {
  const marker = path.join(folder, DATA_MARKER);
  if (fs.existsSync(marker)) return;
  writeDurably(marker, `${JSON.stringify({ kind: 'unknot-data', version: 1 })}\n`);
}

export interface MoveResult {
  folder: string;
  /** True when the folder already held Unknot data (another computer's, synced) and is used as it is. */
  adopted: boolean;
  message: string;
}

/** A file's size and hash. */
function sumOf(file: string): string {
  const bytes = fs.readFileSync(file);
  return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Every file under `dir`, by path relative to it, with its size and hash. */
function inventory(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(path.relative(dir, full), sumOf(full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return files;
}

/**
 * Moves to `target`: copies the data there (or adopts a whole Unknot folder already there,
 * never overwriting it) and points userData at it. The copy is made in a staging folder,
 * checked file by file (size and hash), marked, and only then put in place; the old folder
 * is left as it was, as a copy.
 */
export function moveDataFolder(options: {
  userData: string;
  current: string;
  target: string;
}): MoveResult {
  const target = path.resolve(options.target);
  const current = path.resolve(options.current);
  if (target === current) {
    return { folder: current, adopted: false, message: tm('errors:dataFolder.alreadyThere') };
  }
  if (target.startsWith(current + path.sep)) {
    throw new UserError('storage-failed', tm('errors:dataFolder.insideCurrent'));
  }
  fs.mkdirSync(target, { recursive: true });
  const adopted = fs.existsSync(path.join(target, DATA_MARKER));
  if (!adopted) {
    const clash = DATA_ENTRIES.filter((entry) => fs.existsSync(path.join(target, entry)));
    if (clash.length > 0) {
      throw new UserError(
        'storage-failed',
        tm('errors:dataFolder.notEmpty', { entries: clash.join(', ') }),
      );
    }
    copyInto(current, target);
  }
  writeDurably(path.join(options.userData, POINTER), JSON.stringify({ path: target }));
  return {
    folder: target,
    adopted,
    message: adopted
      ? tm('errors:dataFolder.adopted', { target, current })
      : tm('errors:dataFolder.moved', { target, current }),
  };
}

/** Staging, checking, marking, then one rename per entry; on failure the target is as it was. */
function copyInto(current: string, target: string): void {
  const staging = path.join(target, `.unknot-staging-${process.pid}`);
  const placed: string[] = [];
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
    const entries = DATA_ENTRIES.filter((entry) => fs.existsSync(path.join(current, entry)));
    for (const entry of entries) {
      fs.cpSync(path.join(current, entry), path.join(staging, entry), { recursive: true });
    }
    const wanted = new Map<string, string>();
    for (const entry of entries) {
      const from = path.join(current, entry);
      if (fs.statSync(from).isDirectory()) {
        for (const [file, sum] of inventory(from)) wanted.set(path.join(entry, file), sum);
      } else wanted.set(entry, sumOf(from));
    }
    const copied = inventory(staging);
    for (const [file, sum] of wanted) {
      if (copied.get(file) !== sum) {
        throw new UserError('storage-failed', tm('errors:dataFolder.copyMismatch', { file }));
      }
    }
    markDataFolder(staging);
    syncFolder(staging);
    // The marker last, so the target only counts as Unknot's once everything is in place.
    for (const entry of [...entries, DATA_MARKER]) {
      fs.renameSync(path.join(staging, entry), path.join(target, entry));
      placed.push(entry);
    }
    syncFolder(target);
    fs.rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    for (const entry of placed)
      fs.rmSync(path.join(target, entry), { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(
      'storage-failed',
      tm('errors:dataFolder.moveFailed', { why: whyWriteFailed(error, target) }),
      { cause: error },
    );
  }
}
