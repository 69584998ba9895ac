import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../../../electron/common/settings-schema';
import {
  keysFor,
  MEDIA_KEYS,
  shortcutLabel,
  shortcutProblem,
  shortcutsProblem,
} from '../../../../electron/desk/shortcut-choice';

describe('which system-wide keys Unknot holds', () => {
  it('holds only the two shortcuts while no routine plays, leaving the media keys to music', () => {
    for (const status of ['idle', 'finished', 'stopped'] as const) {
      expect(keysFor(DEFAULT_SHORTCUTS, status)).toEqual([
        { accelerator: 'CommandOrControl+Alt+P', action: 'toggle-playback' },
        { accelerator: 'CommandOrControl+Alt+T', action: 'toggle-timer' },
      ]);
    }
  });

  it('takes the media keys while a routine counts in, plays or is paused', () => {
    for (const status of ['counting-in', 'playing', 'paused'] as const) {
      const keys = keysFor(DEFAULT_SHORTCUTS, status);
      expect(keys.slice(2)).toEqual(MEDIA_KEYS);
      expect(keys.find((key) => key.accelerator === 'MediaPlayPause')?.action).toBe(
        'toggle-playback',
      );
      expect(keys.find((key) => key.accelerator === 'MediaNextTrack')?.action).toBe('next-step');
      expect(keys.find((key) => key.accelerator === 'MediaPreviousTrack')?.action).toBe(
        'previous-step',
      );
      expect(keys.find((key) => key.accelerator === 'MediaStop')?.action).toBe('stop');
    }
  });

  it('uses the keys the user chose', () => {
    const keys = keysFor({ togglePlayback: 'Alt+Shift+1', toggleTimer: 'Super+F9' }, 'idle');
    expect(keys.map((key) => key.accelerator)).toEqual(['Alt+Shift+1', 'Super+F9']);
  });
});

describe('a shortcut the user types', () => {
  it('accepts a letter, digit or function key with Ctrl, Cmd, Alt or Super', () => {
    for (const ok of [
      'CommandOrControl+Alt+P',
      'Alt+1',
      'Super+F12',
      'Control+Shift+K',
      'Command+F24',
    ])
      expect(shortcutProblem(ok)).toBeNull();
  });

  it('refuses a bare key or Shift alone, which would catch ordinary typing', () => {
    expect(shortcutProblem('P')).toMatch(/modifier/);
    expect(shortcutProblem('Shift+P')).toMatch(/besides Shift/);
  });

  it('refuses unknown modifiers, repeated ones and keys it cannot name', () => {
    expect(shortcutProblem('Hyper+P')).toMatch(/Use Ctrl/);
    expect(shortcutProblem('Alt+Alt+P')).toMatch(/once/);
    expect(shortcutProblem('Alt+Space')).toMatch(/letter/);
    expect(shortcutProblem('Alt+F25')).toMatch(/letter/);
    expect(shortcutProblem('Alt+p')).toMatch(/letter/);
  });

  it('asks for two different keys', () => {
    expect(shortcutsProblem({ togglePlayback: 'Alt+P', toggleTimer: 'Alt+P' })).toMatch(
      /different/,
    );
    expect(shortcutsProblem({ togglePlayback: 'Alt+P', toggleTimer: 'P' })).toMatch(/modifier/);
    expect(shortcutsProblem({ togglePlayback: 'P', toggleTimer: 'Alt+T' })).toMatch(/modifier/);
    expect(shortcutsProblem(DEFAULT_SHORTCUTS)).toBeNull();
  });

  it('never accepts a key without Ctrl, Cmd, Alt or Super, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Shift', 'Alt', 'Super', 'Hyper', 'Control'), { maxLength: 4 }),
        fc.constantFrom('A', '1', 'F5', 'Space'),
        (mods, key) => {
          const accelerator = [...mods, key].join('+');
          const ok = shortcutProblem(accelerator) === null;
          if (ok) expect(mods.some((mod) => ['Alt', 'Super', 'Control'].includes(mod))).toBe(true);
        },
      ),
    );
  });
});

describe('how a shortcut is shown', () => {
  it('says Ctrl on Windows and Linux and Cmd on a Mac', () => {
    expect(shortcutLabel('CommandOrControl+Alt+P', 'linux')).toBe('Ctrl+Alt+P');
    expect(shortcutLabel('CommandOrControl+Alt+P', 'win32')).toBe('Ctrl+Alt+P');
    expect(shortcutLabel('CommandOrControl+Alt+P', 'darwin')).toBe('Cmd+Alt+P');
    expect(shortcutLabel('Super+Shift+F2', 'linux')).toBe('Super+Shift+F2');
  });
});
