import type { Options as ConfOptions } from 'conf';

type StoreData = Record<string, unknown>;

/** Migrations by app version, run by conf when the stored version is older. */
export type SettingsMigrations = NonNullable<ConfOptions<StoreData>['migrations']>;

/**
 * 0.1.0 stored the hours in which reminders may come as `quietHours`, though they were
 * working hours: reminders happen inside them. 0.2.0 names them for what they are.
 */
export function renameWorkingHours(data: StoreData): StoreData {
  if (!('quietHours' in data)) return data;
  const { quietHours, ...rest } = data;
  return { ...rest, workingHours: quietHours };
}

export const SETTINGS_MIGRATIONS: SettingsMigrations = {
  // Baseline: the first released format. Later versions add their steps here, never edit one.
  '0.1.0': () => {},
  '0.2.0': (store) => {
    // conf validated the file before migrating, so the old key holds a valid value.
    if (!store.has('quietHours')) return;
    store.set('workingHours', store.get('quietHours'));
    store.delete('quietHours');
  },
};
