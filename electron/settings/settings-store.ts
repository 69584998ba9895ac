import fs from 'node:fs';
import os from 'node:os';
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
import { errnoOf, UserError, whyReadFailed, whyWriteFailed } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import { copyDurably, isTransient, retryTransient, writeDurably } from '../data/durable-write';
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

/** The file's bytes as they are on disk, before conf reads (and may rewrite) them. */
function readRaw(file: string): Buffer | null {
  try {
    return retryTransient(() => fs.readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UserError(
      'storage-failed',
      tm('errors:settings.readFailed', { why: whyReadFailed(error) }),
      { cause: error },
    );
  }
}

/**
 * What is wrong with a settings file that conf must not see, in words: conf would turn
 * null, a number or a list into its defaults and write them over the file, silently.
 */
function rawProblem(raw: Buffer): string | null {
  const text = raw.toString('utf8');
  if (text.trim() === '') return tm('errors:settings.damage.empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return tm('errors:settings.damage.notJson');
  }
  if (json === null) return tm('errors:settings.damage.holdsNull');
  if (Array.isArray(json)) return tm('errors:settings.damage.holdsList');
  if (typeof json === 'number') return tm('errors:settings.damage.holdsNumber');
  if (typeof json === 'string') return tm('errors:settings.damage.holdsString');
  if (typeof json === 'boolean') return tm('errors:settings.damage.holdsBoolean');
  return null;
}

/** Why conf or zod refused the file, in words: the settings it could not use, by name. */
function refusal(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const named = [...message.matchAll(/`([A-Za-z_]+)`|"path":\s*\[\s*"([A-Za-z_]+)"/g)].map(
    (match) => match[1] ?? match[2],
  );
  const keys = [...new Set(named)].slice(0, 3);
  return keys.length > 0
    ? tm('errors:settings.damage.badValues', { count: keys.length, keys: keys.join(', ') })
    : tm('errors:settings.damage.unreadable');
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
          tm('errors:settings.saveFailed', { why: whyWriteFailed(error) }),
          { cause: error },
        );
      }
      for (const listener of listeners) listener(next);
      return next;
    },
  };
}

const WRITE_FAULTS = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

/**
 * The app still opens when its settings cannot be written: with the settings as they are on
 * disk (or the defaults), kept in a temporary folder for this run, and a notice that says
 * what is wrong and what to do. Nothing in the data folder is touched.
 */
function readOnly(
  options: OpenSettingsOptions,
  original: Buffer | null,
  error: unknown,
  failed: 'read' | 'saved' = 'saved',
): OpenedSettings {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-settings-'));
  if (original && !rawProblem(original)) fs.writeFileSync(path.join(dir, SETTINGS_FILE), original);
  let conf: Conf<StoreData>;
  try {
    conf = construct({ ...options, dir });
  } catch {
    fs.rmSync(path.join(dir, SETTINGS_FILE), { force: true });
    conf = construct({ ...options, dir });
  }
  const message =
    failed === 'read'
      ? tm('errors:settings.cannotRead', { why: whyReadFailed(error) })
      : tm('errors:settings.cannotSave', { why: whyWriteFailed(error, options.dir) });
  return {
    store: wrap(conf),
    notices: [{ id: 'settings-read-only', level: 'error', message }],
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
  try {
    fs.mkdirSync(options.dir, { recursive: true });
  } catch (error) {
    return readOnly(options, null, error);
  }

  // Checked before conf opens it, and kept as it was: conf may rewrite the file on the way.
  let original: Buffer | null;
  try {
    original = readRaw(file);
  } catch (error) {
    return readOnly(options, null, (error as { cause?: unknown }).cause ?? error, 'read');
  }
  let problem = original ? rawProblem(original) : null;
  let conf: Conf<StoreData> | undefined;
  if (!problem) {
    try {
      conf = retryTransient(() => construct(options));
    } catch (error) {
      // A folder that cannot be written (full, read-only, or held by another program) is
      // not a damaged file: open with the settings as they are, and touch nothing.
      if (isTransient(error) || WRITE_FAULTS.has(errnoOf(error) ?? '')) {
        return readOnly(options, original, error);
      }
      problem = refusal(error);
    }
  }
  if (problem || !conf) {
    const asideName = `settings.corrupt-${stamp(now())}.json`;
    // The bytes as they were before conf touched them, not conf's rewrite.
    if (original) writeDurably(path.join(options.dir, asideName), original);
    fs.rmSync(file, { force: true });
    let restored = false;
    const saved = readRaw(backup);
    if (saved && !rawProblem(saved)) {
      writeDurably(file, saved);
      try {
        construct(options);
        restored = true;
      } catch {
        // The backup is bad too: keep it where it is for the user, start from defaults.
        fs.rmSync(file, { force: true });
      }
    }
    conf = construct(options);
    notices.push({
      id: `settings-restored-${stamp(now())}`,
      level: 'warning',
      message: restored
        ? tm('errors:settings.restored', { problem, file: asideName })
        : tm('errors:settings.reset', { problem, file: asideName }),
    });
  }

  try {
    if (fs.existsSync(file)) copyDurably(file, backup);
  } catch (error) {
    notices.push({
      id: 'settings-backup-failed',
      level: 'warning',
      message: tm('errors:settings.backupFailed', { why: whyWriteFailed(error) }),
    });
  }
  return { store: wrap(conf), notices };
}
