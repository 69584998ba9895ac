import type { IpcErrorCode } from '../common/ipc/contract';
import { tm } from '../i18n/main-i18n';

/**
 * A failure worded for the user: the message is shown as it is, the code tells the renderer
 * what kind of failure it was. Every feature throws this one type; the IPC layer passes it
 * through unchanged and turns anything else into a generic "failed inside Unknot".
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** The system error code behind it (ENOSPC, EROFS...), when there is one. */
  readonly errno: string | undefined;

  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options: { cause?: unknown; errno?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.errno = options.errno ?? errnoOf(options.cause);
  }
}

/** The system error code of a failed file call, if it has one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.+$/, '');
}

/**
 * Why a write failed, in words (no closing full stop, so callers can go on). The one table
 * of system errors for every file Unknot keeps: settings, routines, history, backups.
 */
export function whyWriteFailed(error: unknown, folder?: string): string {
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return tm('errors:why.write.diskFull');
    case 'EROFS':
      return tm('errors:why.write.readOnly');
    case 'EACCES':
    case 'EPERM':
      return folder
        ? tm('errors:why.write.notAllowedIn', { folder })
        : tm('errors:why.write.notAllowed');
    case 'EIO':
      return tm('errors:why.write.diskError');
    case 'EBUSY':
      return tm('errors:why.write.busy');
    default:
      return plainMessage(error);
  }
}

/** Why a read failed, in words (no closing full stop). */
export function whyReadFailed(error: unknown): string {
  switch (errnoOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return tm('errors:why.read.notAllowed');
    case 'EIO':
      return tm('errors:why.read.diskError');
    default:
      return tm('errors:why.read.other', { message: plainMessage(error) });
  }
}
