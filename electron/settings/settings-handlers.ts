import type { Handlers } from '../ipc/handler-table';
import type { SettingsStore } from './settings-store';

/** Reading and changing settings; the store itself tells the windows what changed. */
export function settingsHandlers(
  settings: SettingsStore,
): Handlers<'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
  };
}
