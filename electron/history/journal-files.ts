import type nodeFs from 'node:fs';
import { UserError, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';

/** The calls the journal makes; tests pass a failing one to play a full disk. */
export type JournalFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'fstatSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'readSync'
  | 'readdirSync'
  | 'renameSync'
  | 'statSync'
  | 'truncateSync'
  | 'unlinkSync'
  | 'writeSync'
>;

/** Makes a new or renamed name in a folder durable; a folder that cannot be synced (Windows) is no reason to fail. */
export function syncFolderWith(fs: JournalFs, dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}

/** What the journal was doing when a file call failed; each has its sentence in the catalog. */
export type JournalAction =
  | 'recordSession'
  | 'recordInterrupted'
  | 'savePainScore'
  | 'saveNote'
  | 'deleteSession'
  | 'readHistory';

export function journalError(action: JournalAction, error: unknown): UserError {
  return new UserError(
    'storage-failed',
    tm(`errors:history.couldNot.${action}`, { why: whyWriteFailed(error) }),
    { cause: error },
  );
}

/** Writes every byte, however many calls it takes. */
export function writeAll(fs: JournalFs, fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) {
    offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
  }
}
