import { globalShortcut } from 'electron';
import type { DeskAction } from '../desk/desk-controls';
import type { KeyBinding } from '../desk/shortcut-choice';

/**
 * Holds exactly the system-wide keys asked of it: each call lets go of keys no longer wanted
 * and takes the new ones. Another app may hold a key already; the answer names those, so the
 * user can be told, and the rest still work.
 */
export function createShortcutKeeper(run: (action: DeskAction) => void) {
  const held = new Map<string, DeskAction>();
  return {
    /** Returns the accelerators another app holds. */
    hold(wanted: readonly KeyBinding[]): string[] {
      const next = new Map(wanted.map((key) => [key.accelerator, key.action]));
      for (const [accelerator, action] of held) {
        if (next.get(accelerator) === action) continue;
        globalShortcut.unregister(accelerator);
        held.delete(accelerator);
      }
      const taken: string[] = [];
      for (const [accelerator, action] of next) {
        if (held.has(accelerator)) continue;
        if (globalShortcut.register(accelerator, () => run(action))) held.set(accelerator, action);
        else taken.push(accelerator);
      }
      return taken;
    },
    releaseAll(): void {
      globalShortcut.unregisterAll();
      held.clear();
    },
  };
}
