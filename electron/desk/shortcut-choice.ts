import type { ClockStatus } from '../common/playback-schema';
import type { Shortcuts } from '../common/settings-schema';
import { tm } from '../i18n/main-i18n';
import type { DeskAction } from './desk-controls';

export interface KeyBinding {
  accelerator: string;
  action: DeskAction;
}

/**
 * The media keys belong to the user's music player except while a routine plays or is
 * paused: holding them from start to quit took play/pause away from every other app.
 */
export const MEDIA_KEYS: readonly KeyBinding[] = [
  { accelerator: 'MediaPlayPause', action: 'toggle-playback' },
  { accelerator: 'MediaNextTrack', action: 'next-step' },
  { accelerator: 'MediaPreviousTrack', action: 'previous-step' },
  { accelerator: 'MediaStop', action: 'stop' },
];

export const holdsMediaKeys = (status: ClockStatus): boolean =>
  status === 'playing' || status === 'paused' || status === 'counting-in';

/** The keys Unknot should hold now: the user's two shortcuts, and the media keys in a routine. */
export function keysFor(shortcuts: Shortcuts, status: ClockStatus): KeyBinding[] {
  return [
    { accelerator: shortcuts.togglePlayback, action: 'toggle-playback' },
    { accelerator: shortcuts.toggleTimer, action: 'toggle-timer' },
    ...(holdsMediaKeys(status) ? MEDIA_KEYS : []),
  ];
}

/** The modifiers Electron knows, each as a keyboard names it, in the language shown. */
const MODIFIERS: Record<string, () => string> = {
  CommandOrControl: () => tm('desk:shortcuts.keys.ctrl'),
  Control: () => tm('desk:shortcuts.keys.ctrl'),
  Command: () => tm('desk:shortcuts.keys.cmd'),
  Alt: () => 'Alt',
  Shift: () => tm('desk:shortcuts.keys.shift'),
  Super: () => 'Super',
};
/** Modifiers that keep a system-wide key out of the way of ordinary typing. */
const COMMAND_MODIFIERS = new Set(['CommandOrControl', 'Control', 'Command', 'Alt', 'Super']);

/**
 * Why a shortcut cannot be used, in words for the Settings screen, or null when it can.
 * A system-wide key without Ctrl, Cmd, Alt or Super would swallow a letter from every app.
 */
export function shortcutProblem(accelerator: string): string | null {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  if (parts.length === 0) return tm('desk:shortcuts.problem.noModifier');
  if (parts.some((part) => !(part in MODIFIERS)))
    return tm('desk:shortcuts.problem.unknownModifier');
  if (new Set(parts).size !== parts.length) return tm('desk:shortcuts.problem.repeatedModifier');
  if (!parts.some((part) => COMMAND_MODIFIERS.has(part)))
    return tm('desk:shortcuts.problem.onlyShift');
  if (!/^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4]))$/.test(key)) return tm('desk:shortcuts.problem.key');
  return null;
}

/** The two shortcuts together: each must be usable, and they must differ. */
export function shortcutsProblem(shortcuts: Shortcuts): string | null {
  const each = shortcutProblem(shortcuts.togglePlayback) ?? shortcutProblem(shortcuts.toggleTimer);
  if (each) return each;
  return shortcuts.togglePlayback === shortcuts.toggleTimer
    ? tm('desk:shortcuts.problem.sameKeys')
    : null;
}

/** "CommandOrControl+Alt+P" as a person reads it on this computer: "Ctrl+Alt+P" ("Strg+Alt+P"). */
export function shortcutLabel(accelerator: string, platform: string): string {
  return accelerator
    .split('+')
    .map((part) => {
      if (part === 'CommandOrControl' && platform === 'darwin')
        return tm('desk:shortcuts.keys.cmd');
      const name = Object.hasOwn(MODIFIERS, part) ? MODIFIERS[part] : undefined;
      return name ? name() : part;
    })
    .join('+');
}
