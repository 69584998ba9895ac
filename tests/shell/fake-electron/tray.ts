import { existsSync } from 'node:fs';
import { refuse, requireReady } from './world';

export interface MenuItemOptions {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}

export class FakeMenu {
  static buildFromTemplate(template: MenuItemOptions[]): FakeMenu {
    return new FakeMenu(template);
  }

  constructor(readonly items: MenuItemOptions[]) {}
}

export const nativeImage = {
  createFromPath(file: string) {
    return { path: file, isEmpty: () => !existsSync(file) };
  },
};

const trays: FakeTray[] = [];

export function allTrays(): readonly FakeTray[] {
  return trays;
}

/** The tray icon: its menu and tooltip, and clicking an item as the user would. */
export class FakeTray {
  menu: FakeMenu | null = null;
  tooltip = '';
  destroyed = false;

  constructor(readonly image: { path: string; isEmpty(): boolean }) {
    requireReady('new Tray()');
    // Electron shows a blank icon for a missing file; a user would see nothing to click.
    if (image.isEmpty()) refuse(`the tray icon ${image.path} does not exist`);
    trays.push(this);
  }

  setContextMenu(menu: FakeMenu): void {
    this.menu = menu;
  }

  setToolTip(text: string): void {
    this.tooltip = text;
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  labels(): string[] {
    return (this.menu?.items ?? []).filter((item) => item.label).map((item) => item.label!);
  }

  /** The test's side: the user picks a menu item by its label. */
  click(label: string): void {
    const item = this.menu?.items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`The tray menu has no "${label}": ${this.labels().join(', ')}`);
    if (item.enabled === false) throw new Error(`"${label}" is greyed out`);
    item.click?.();
  }
}
