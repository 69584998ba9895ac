import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type Conf from 'conf';
import type { Options as ConfOptions } from 'conf';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  settingsWithDefaults,
  type Settings,
  type StoredSettingsPatch,
} from '../common/settings-schema';
import { UserError, whyWriteFailed } from '../errors/user-error';
import { SETTINGS_MIGRATIONS, type SettingsMigrations } from './settings-migrations';
import type { Notice } from '../common/ipc/contract';

type StoreData = Record<string, unknown>;

/** electron-store in the app, its engine `conf` in tests: same options, same files. */
export type SettingsBackend = new (options: ConfOptions<StoreData>) => Conf<StoreData>;

export const SETTINGS_FILE = 'settings.json';
export const SETTINGS_BACKUP_FILE = 'settings.backup.json';
const INTERNAL_KEY = '__internal__';

/** The store's ajv schema, derived from the zod schema so the two cannot drift. */
const storeJsonSchema = (() => {
  const json = z.toJSONSchema(SettingsSchema, { target: 'draft-07' }) as {
    properties: Record<string, object>;
  };
  return json.properties;
})();

export interface SettingsStore {
  readonly path: string;
  get(): Settings;
  /** Saves the patch and tells every listener the new settings; throws a UserError if it cannot. */
  update(patch: StoredSettingsPatch): Settings;
  /** Called after every successful update, with the settings as now stored. Returns unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}

export interface OpenSettingsOptions {
  dir: string;
  Backend: SettingsBackend;
  appVersion: string;
  migrations?: SettingsMigrations;
  now?: () => Date;
}

export interface OpenedSettings {
  store: SettingsStore;
  /** What the user should be told once: a damaged file set aside, a backup restored. */
  notices: Notice[];
}

function withoutInternal(data: StoreData): StoreData {
  const rest: StoreData = {};
  for (const [key, value] of Object.entries(data)) if (key !== INTERNAL_KEY) rest[key] = value;
  return rest;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Copies through a temp file and a rename, so a crash never leaves half a backup. */
function copyAtomically(from: string, to: string): void {
  const temp = `${to}.tmp-${process.pid}`;
  fs.copyFileSync(from, temp);
  fs.renameSync(temp, to);
}

function construct(options: OpenSettingsOptions): Conf<StoreData> {
  const conf = new options.Backend({
    cwd: options.dir,
    configName: path.basename(SETTINGS_FILE, '.json'),
    schema: storeJsonSchema,
    defaults: DEFAULT_SETTINGS,
    // Never wipe: a file that fails to parse or validate must reach our recovery below.
    clearInvalidConfig: false,
    projectVersion: options.appVersion,
    migrations: options.migrations ?? SETTINGS_MIGRATIONS,
  });
  // Conf validates with ajv; zod is the final word.
  settingsWithDefaults(withoutInternal(conf.store));
  return conf;
}

function wrap(conf: Conf<StoreData>): SettingsStore {
  // The store announces its own changes, so no caller has to remember to.
  const listeners = new Set<(settings: Settings) => void>();
  return {
    path: conf.path,
    get: () => settingsWithDefaults(withoutInternal(conf.store)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(patch) {
      const next = settingsWithDefaults({ ...withoutInternal(conf.store), ...patch });
      try {
        conf.set(patch as StoreData);
      } catch (error) {
        throw new UserError(
          'storage-failed',
          `Could not save your settings: ${whyWriteFailed(error)}. Your previous settings are unchanged.`,
          { cause: error },
        );
      }
      for (const listener of listeners) listener(next);
      return next;
    },
  };
}

/**
 * Opens settings without ever losing them: a damaged file is moved aside
 * (settings.corrupt-<time>.json) and the last good backup, refreshed on every successful
 * start, takes its place.
 */
export function openSettingsStore(options: OpenSettingsOptions): OpenedSettings {
  const now = options.now ?? (() => new Date());
  const file = path.join(options.dir, SETTINGS_FILE);
  const backup = path.join(options.dir, SETTINGS_BACKUP_FILE);
  const notices: Notice[] = [];
  fs.mkdirSync(options.dir, { recursive: true });

  let conf: Conf<StoreData>;
  try {
    conf = construct(options);
  } catch (firstError) {
    const asideName = `settings.corrupt-${stamp(now())}.json`;
    fs.renameSync(file, path.join(options.dir, asideName));
    let restored = false;
    if (fs.existsSync(backup)) {
      copyAtomically(backup, file);
      try {
        construct(options);
        restored = true;
      } catch {
        // The backup is bad too: keep it where it is for the user, start from defaults.
        fs.rmSync(file, { force: true });
      }
    }
    conf = construct(options);
    const reason = firstError instanceof Error ? firstError.message.split('\n')[0] : 'unreadable';
    notices.push({
      id: `settings-restored-${stamp(now())}`,
      level: 'warning',
      message: restored
        ? `Your settings file was damaged (${reason}). Unknot set it aside as ${asideName} and restored your last good settings.`
        : `Your settings file was damaged (${reason}) and no good backup was found, so settings are back to their defaults. The damaged file is kept as ${asideName}.`,
    });
  }

  try {
    if (fs.existsSync(file)) copyAtomically(file, backup);
  } catch (error) {
    notices.push({
      id: 'settings-backup-failed',
      level: 'warning',
      message: `Could not refresh the settings backup: ${whyWriteFailed(error)}.`,
    });
  }
  return { store: wrap(conf), notices };
}
