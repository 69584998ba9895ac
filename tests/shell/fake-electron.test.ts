import { beforeEach, expect, test, vi } from 'vitest';
import type * as FakeApp from './fake-electron/app';
import type * as FakeElectron from './fake-electron/electron';
import type * as FakeIpcMain from './fake-electron/ipc-main';
import type * as FakeWorld from './fake-electron/world';

/**
 * The fake must refuse what Electron refuses, or the shell tests prove nothing: each misuse
 * here is one the app could make and Electron would reject.
 */
type Fake = typeof FakeElectron & typeof FakeApp & typeof FakeWorld & typeof FakeIpcMain;
let fake: Fake;

beforeEach(async () => {
  vi.resetModules();
  fake = {
    ...(await import('./fake-electron/electron')),
    ...(await import('./fake-electron/app')),
    ...(await import('./fake-electron/world')),
    ...(await import('./fake-electron/ipc-main')),
  } as Fake;
});

const secure = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
};

test('windows, trays, keys, notifications and the screen wait for ready', () => {
  expect(() => new fake.BrowserWindow({ webPreferences: secure })).toThrow(
    'new BrowserWindow() was used before the app was ready',
  );
  expect(() => new fake.Tray(fake.nativeImage.createFromPath('assets/icon.png'))).toThrow(
    /before the app was ready/,
  );
  expect(() => fake.globalShortcut.register('Alt+P', () => {})).toThrow(/before the app/);
  expect(() => new fake.Notification({ title: 'x' })).toThrow(/before the app/);
  expect(() => fake.screen.getPrimaryDisplay()).toThrow(/before the app/);
  expect(() => fake.session.defaultSession).toThrow(/before the app/);
  expect(() => fake.protocol.handle('unknot', () => new Response(''))).toThrow(/before the app/);
  expect(fake.world.violations).toHaveLength(7);
});

test('privileged schemes only before ready, and only once', async () => {
  fake.protocol.registerSchemesAsPrivileged([{ scheme: 'a', privileges: {} }]);
  expect(() => fake.protocol.registerSchemesAsPrivileged([])).toThrow(/called twice/);
  await fake.becomeReady();
  expect(() => fake.protocol.registerSchemesAsPrivileged([])).toThrow(/after the app was ready/);
});

test('a window without isolation, sandbox or with Node in the page is refused', async () => {
  await fake.becomeReady();
  expect(() => new fake.BrowserWindow({})).toThrow(/without webPreferences/);
  expect(
    () => new fake.BrowserWindow({ webPreferences: { ...secure, contextIsolation: false } }),
  ).toThrow(/contextIsolation must be true/);
  expect(() => new fake.BrowserWindow({ webPreferences: { ...secure, sandbox: false } })).toThrow(
    /sandbox must be true/,
  );
  expect(
    () => new fake.BrowserWindow({ webPreferences: { ...secure, nodeIntegration: true } }),
  ).toThrow(/nodeIntegration must be false/);
  expect(
    () => new fake.BrowserWindow({ webPreferences: { ...secure, webSecurity: false } }),
  ).toThrow(/webSecurity is off/);
  expect(
    () =>
      new fake.BrowserWindow({ webPreferences: { ...secure, preload: '/no/such/preload.cjs' } }),
  ).toThrow(/does not exist/);
  expect(new fake.BrowserWindow({ webPreferences: secure }).isDestroyed()).toBe(false);
});

test('a second handler for one channel is refused, as Electron throws', () => {
  fake.ipcMain.handle('unknot:getSettings', () => ({}));
  expect(() => fake.ipcMain.handle('unknot:getSettings', () => ({}))).toThrow(
    "Attempted to register a second handler for 'unknot:getSettings'",
  );
});

test('an accelerator Electron cannot parse throws; one another app holds answers false', async () => {
  await fake.becomeReady();
  expect(() => fake.globalShortcut.register('Ctrl+Banana', () => {})).toThrow(/conversion failure/);
  fake.world.acceleratorsHeldElsewhere.add('Alt+P');
  expect(fake.globalShortcut.register('Alt+P', () => {})).toBe(false);
  expect(fake.globalShortcut.register('Alt+T', () => {})).toBe(true);
  expect(fake.globalShortcut.register('Alt+T', () => {})).toBe(false);
});

test('quit asks each window to close; a window that refuses cancels the quit', async () => {
  await fake.becomeReady();
  const order: string[] = [];
  fake.app.on('before-quit', () => order.push('before-quit'));
  fake.app.on('will-quit', () => order.push('will-quit'));
  const window = new fake.BrowserWindow({ webPreferences: secure });
  window.on('close', (event: { preventDefault(): void }) => {
    order.push('close');
    event.preventDefault();
  });
  fake.app.quit();
  expect(order).toEqual(['before-quit', 'close']);
  expect(fake.world.quit).toBe(false);

  window.removeAllListeners('close');
  fake.app.quit();
  expect(order.slice(2)).toEqual(['before-quit', 'will-quit']);
  expect(fake.world.quit).toBe(true);
});

test('with no window-all-closed listener, closing the last window quits', async () => {
  await fake.becomeReady();
  new fake.BrowserWindow({ webPreferences: secure }).close();
  expect(fake.world.quit).toBe(true);
});
