import { UserError, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { Handlers } from '../ipc/handler-table';
import type { BackupService } from './backup';
import { moveDataFolder } from './data-folder';

type DataMethods =
  'createBackup' | 'restoreBackup' | 'getDataFolder' | 'openDataFolder' | 'moveDataFolder';

export interface DataFolderDeps {
  dataDir: string;
  /** Where the pointer to a moved data folder is kept (Electron's userData); dataDir if absent. */
  userData?: string;
  /** Shows a folder in the system's file manager; absent in tests. */
  openFolder?: (folder: string) => Promise<boolean>;
  /** Asks the user to choose a folder (a native dialog); null when they cancel. */
  pickFolder?: () => Promise<string | null>;
  /** Starts the app again, on the moved data folder. */
  restart?: () => void;
}

/** The user's data as a whole: backup and restore, and where the data folder is. */
export function dataHandlers(
  deps: DataFolderDeps & { backup: BackupService },
): Handlers<DataMethods> {
  const { backup } = deps;
  return {
    createBackup: () => backup.create(),
    restoreBackup: ({ text, apply }) =>
      apply
        ? { message: backup.apply(text), applied: true }
        : { message: backup.preview(text), applied: false },
    getDataFolder: () => ({ path: deps.dataDir }),
    openDataFolder: async () => ({ opened: (await deps.openFolder?.(deps.dataDir)) ?? false }),
    moveDataFolder: async () => {
      const target = (await deps.pickFolder?.()) ?? null;
      if (!target) return { moved: false, message: tm('errors:dataFolder.noneChosen') };
      let result;
      try {
        result = moveDataFolder({
          userData: deps.userData ?? deps.dataDir,
          current: deps.dataDir,
          target,
        });
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(
          'storage-failed',
          tm('errors:dataFolder.moveFailed', { why: whyWriteFailed(error, target) }),
          { cause: error },
        );
      }
      if (result.folder === deps.dataDir) return { moved: false, message: result.message };
      // Answer first, then restart on the new folder.
      setTimeout(() => deps.restart?.(), 300);
      return {
        moved: true,
        message: tm('errors:dataFolder.restarts', { message: result.message }),
      };
    },
  };
}
