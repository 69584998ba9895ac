import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import type { SettingsPatch } from '../../electron/common/settings-schema';
import { api, errorMessage } from './api';
import { loadSettings } from './startup-data';
import { useMainData } from './use-main-data';
import { useLanguageSetting } from '../i18n/use-language-setting';

type Settings = MethodOutput<'getSettings'>;

interface SettingsState {
  settings: Settings | null;
  error: string | null;
  update: (patch: SettingsPatch) => Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** Settings live in main; every window mirrors them and hears each change. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const mirrored = useMainData<Settings>(loadSettings, {
    mirror: 'settingsChanged',
    initial: loadSettings.takeEmbedded,
  });
  const settings = mirrored.data ?? null;
  const { replace } = mirrored;
  useLanguageSetting(settings?.language);
  const [updateError, setUpdateError] = useState<string | null>(null);
  const error = updateError ?? mirrored.error;
  // The settings as last shown, so a refused change can put them back.
  const shown = useRef(settings);
  useLayoutEffect(() => {
    shown.current = settings;
  });

  // Optimistic: the control moves at once; main's answer (or its refusal) has the last word.
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const previous = shown.current;
      // Kept here at once, so a second change before the next paint builds on this one.
      const show = (value: Settings) => {
        shown.current = value;
        replace(value);
      };
      if (previous) show({ ...previous, ...patch });
      try {
        show(await api().updateSettings(patch));
        setUpdateError(null);
      } catch (failure) {
        if (previous) show(previous);
        setUpdateError(errorMessage(failure));
      }
    },
    [replace],
  );

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
