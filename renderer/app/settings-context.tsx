import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import type { SettingsPatch } from '../../electron/common/settings-schema';
import { api, errorMessage } from './api';
import { loadSettings } from './startup-data';

type Settings = MethodOutput<'getSettings'>;

interface SettingsState {
  settings: Settings | null;
  error: string | null;
  update: (patch: SettingsPatch) => Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** Settings live in main; every window mirrors them and hears each change. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings()
      .then((loaded) => live && setSettings(loaded))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    const unsubscribe = api().on('settingsChanged', (next) => setSettings(next));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  // Optimistic: the control moves at once; main's answer (or its refusal) has the last word.
  const update = useCallback(async (patch: SettingsPatch) => {
    let previous: Settings | null = null;
    setSettings((current) => {
      previous = current;
      return current ? { ...current, ...patch } : current;
    });
    try {
      setSettings(await api().updateSettings(patch));
      setError(null);
    } catch (failure) {
      setSettings(previous);
      setError(errorMessage(failure));
    }
  }, []);

  return (
    <SettingsContext.Provider value={{ settings, error, update }}>
      {children}
    </SettingsContext.Provider>
  );
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings needs a SettingsProvider');
  return state;
}
