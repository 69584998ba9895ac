import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes that survive a power cut: the bytes reach the disk (fsync) before a rename
 * publishes them, and the folder's entry reaches it after (fsync of the folder), so a file
 * is either the old one or the new one, whole. And file-system errors that pass (a virus
 * scanner or a sync client holding the file on Windows) are retried, not taken for damage.
 */

/** Errors that a moment later may not be there. */
const TRANSIENT = new Set(['EBUSY', 'EACCES', 'EPERM', 'EAGAIN']);
const RETRIES = 5;
const RETRY_MS = 40;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function isTransient(error: unknown): boolean {
  return TRANSIENT.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

/** Runs `fn`, again after a short wait when it fails in a way that passes (5 tries). */
export function retryTransient<T>(fn: () => T): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return fn();
    } catch (error) {
      if (!isTransient(error) || attempt >= RETRIES) throw error;
      pause(RETRY_MS * attempt);
    }
  }
}

/** fsync a folder, so the names created or renamed in it are on disk. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder to fsync it; NTFS journals the rename itself.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && process.platform !== 'win32') {
      throw error;
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes bytes to a temp file, fsyncs it, renames it into place and fsyncs the folder. */
export function writeDurably(file: string, data: string | Buffer): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    retryTransient(() => fs.renameSync(temp, file));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** A copy that is never half written: see writeDurably. */
export function copyDurably(from: string, to: string): void {
  writeDurably(
    to,
    retryTransient(() => fs.readFileSync(from)),
  );
}
