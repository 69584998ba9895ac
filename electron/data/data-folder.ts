import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors/user-error';

/**
 * Where the data lives. By default Electron's userData folder; the user may move it, for
 * example into a folder Syncthing, Dropbox or OneDrive keeps in sync. The choice is kept in
 * a small pointer file in userData, which never moves.
 */
const POINTER = 'data-location.json';
/** What makes a folder Unknot's: its settings, routines and history journal. */
const DATA_ENTRIES = ['settings.json', 'settings.backup.json', 'routines', 'history'];

export function resolveDataFolder(userData: string): string {
  try {
    const pointer = JSON.parse(fs.readFileSync(path.join(userData, POINTER), 'utf8')) as {
      path?: unknown;
    };
    if (typeof pointer.path === 'string' && fs.existsSync(pointer.path)) return pointer.path;
  } catch {
    // No pointer: the data is where it always was.
  }
  return userData;
}

export interface MoveResult {
  folder: string;
  /** True when the folder already held Unknot data (another computer's, synced) and is used as it is. */
  adopted: boolean;
  message: string;
}

/**
 * Moves to `target`: copies the data there (or adopts data already there, never overwriting
 * it) and points userData at it. The old folder is left as it was, as a copy.
 */
export function moveDataFolder(options: {
  userData: string;
  current: string;
  target: string;
}): MoveResult {
  const target = path.resolve(options.target);
  const current = path.resolve(options.current);
  if (target === current) {
    return { folder: current, adopted: false, message: 'That is already your data folder.' };
  }
  if (target.startsWith(current + path.sep)) {
    throw new UserError('storage-failed', 'Choose a folder outside the current data folder.');
  }
  fs.mkdirSync(target, { recursive: true });
  const adopted = DATA_ENTRIES.some((entry) => fs.existsSync(path.join(target, entry)));
  if (!adopted) {
    for (const entry of DATA_ENTRIES) {
      const from = path.join(current, entry);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
    }
  }
  const pointer = path.join(options.userData, POINTER);
  fs.writeFileSync(`${pointer}.tmp`, JSON.stringify({ path: target }));
  fs.renameSync(`${pointer}.tmp`, pointer);
  return {
    folder: target,
    adopted,
    message: adopted
      ? `Unknot now uses the data already in ${target} (another computer's, perhaps). Your previous data stays in ${current}.`
      : `Your data is now in ${target}. A copy stays in ${current}.`,
  };
}
