import fs from 'node:fs';
import path from 'node:path';

/** Past this size the log starts again (the old one kept as unknot.old.log): it never grows without end. */
const MAX_BYTES = 1024 * 1024;
export const CRASH_LOG = 'unknot.log';

/**
 * Writes what went wrong, with its stack, to `<logDir>/unknot.log`, so an error that
 * reaches the top never vanishes: the dialog the user sees names this file. Never throws
 * (a log that cannot be written must not hide the error it was for); returns the file's
 * path, or undefined when it could not be written.
 */
export function writeCrashLog(
  logDir: string,
  what: string,
  error: unknown,
  now: Date = new Date(),
): string | undefined {
  const file = path.join(logDir, CRASH_LOG);
  const detail =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  try {
    fs.mkdirSync(logDir, { recursive: true });
    if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) {
      fs.renameSync(file, path.join(logDir, 'unknot.old.log'));
    }
    fs.appendFileSync(file, `[${now.toISOString()}] ${what}\n${detail}\n\n`);
    return file;
  } catch {
    return undefined;
  }
}
