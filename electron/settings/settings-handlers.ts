import { shortcutsProblem } from '../desk/shortcut-choice';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { Handlers } from '../ipc/handler-table';
import type { SettingsStore } from './settings-store';

/** Reading and changing settings; the store itself tells the windows what changed. */
export function settingsHandlers(
  settings: SettingsStore,
): Handlers<'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      // The contract checks a shortcut's shape; whether it is a key worth holding system-wide
      // is the desk's rule.
      const problem = patch.shortcuts ? shortcutsProblem(patch.shortcuts) : null;
      if (problem)
        throw new UserError('invalid-payload', tm('errors:settings.badShortcut', { problem }));
      return settings.update(patch);
    },
  };
}
