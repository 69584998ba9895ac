import { globalShortcut } from 'electron';
import { GLOBAL_SHORTCUTS, type DeskAction } from '../desk/desk-controls';

/**
 * Registers the system-wide keys. Another app may hold one already; the rest still work
 * and the user is told which could not be had.
 */
export function registerGlobalShortcuts(run: (action: DeskAction) => void): string[] {
  const taken: string[] = [];
  for (const { accelerator, action } of GLOBAL_SHORTCUTS) {
    const ok = globalShortcut.register(accelerator, () => run(action));
    if (!ok) taken.push(accelerator);
  }
  return taken;
}

export function unregisterGlobalShortcuts(): void {
  globalShortcut.unregisterAll();
}
