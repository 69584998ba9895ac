import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, expect, test } from 'vitest';
import { METHODS, channelOf } from '../../electron/common/ipc/channels';
import type { UnknotApi } from '../../electron/common/ipc/contract';
import { parseStartupData, STARTUP_DATA_ID } from '../../electron/common/ipc/startup-data';
import { startShell, type Shell } from './support/start-shell';

let shell: Shell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

test('starting opens the library from unknot://app/, shown once its page is ready', async () => {
  shell = await startShell();
  const player = shell.player();
  expect(player.webContents.url).toBe('unknot://app/index.html#/library');
  await shell.settle();
  expect(player.isVisible()).toBe(true);
  expect(shell.fake.BrowserWindow.getAllWindows()).toHaveLength(1);
  expect(shell.world.violations).toEqual([]);
  expect(shell.world.errorBoxes).toEqual([]);
});

test('the unknot: scheme is made privileged before ready, as Electron requires', async () => {
  shell = await startShell({ notReady: true });
  expect(shell.fake.privilegedSchemes()).toEqual([
    {
      scheme: 'unknot',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
  expect(shell.fake.BrowserWindow.getAllWindows()).toEqual([]);
  await shell.fake.becomeReady();
  expect(shell.player()).toBeDefined();
  expect(shell.world.violations).toEqual([]);
});

test('every method of the contract has exactly one handler', async () => {
  shell = await startShell();
  expect(shell.fake.handledChannels().sort()).toEqual(METHODS.map(channelOf).sort());
});

test('the app protocol serves its page with the CSP and refuses paths outside the app', async () => {
  shell = await startShell();
  const page = await shell.fake.request('unknot://app/index.html');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await page.text();

  expect(html).toContain('<div id="root">');
  // The page arrives with the library's data in it, so the first screen draws whole at once.
  const block = new RegExp(`<script type="application/json" id="${STARTUP_DATA_ID}">([^<]*)<`);
  const data = parseStartupData(block.exec(html)?.[1]);
  const settings = await shell.fake.invoke(
    channelOf('getSettings'),
    undefined,
    'unknot://app/index.html',
  );
  expect(data.getSettings).toEqual((settings as { value: unknown }).value);
  expect(data.listRoutines?.map((routine) => routine.id)).toContain('jaw-release');
  expect(data.getHistoryStats).toMatchObject({ thisWeek: { sessions: 0, minutes: 0 } });

  for (const outside of [
    'unknot://app/../package.json',
    'unknot://app/%2e%2e/%2e%2e/package.json',
    'unknot://app/..%2f..%2fpackage.json',
    'unknot://other/index.html',
    'unknot://app/no-such-file.js',
  ]) {
    const refused = await shell.fake.request(outside);
    expect({ outside, status: refused.status }).toEqual({ outside, status: 404 });
  }
});

test('pages may not navigate away, open windows or ask for permissions', async () => {
  shell = await startShell();
  const contents = shell.player().webContents;
  expect(contents.tryNavigate('https://example.com/')).toBe(false);
  expect(contents.tryNavigate('file:///etc/passwd')).toBe(false);
  expect(contents.tryNavigate('unknot://app/index.html#/history')).toBe(true);
  expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
    action: 'deny',
  });
  const session = shell.fake.session.defaultSession;
  let granted: boolean | undefined;
  session.permissionRequestHandler?.(contents, 'media', (ok) => (granted = ok));
  expect(granted).toBe(false);
  expect(session.permissionCheckHandler?.()).toBe(false);
});

test('a call from a page that is not the app is refused', async () => {
  shell = await startShell();
  const answer = (await shell.fake.invoke(
    channelOf('getSettings'),
    undefined,
    'https://example.com/',
  )) as { ok: boolean; error?: { code: string } };
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});

test('launching Unknot again brings the running one forward instead of a second copy', async () => {
  shell = await startShell();
  await shell.settle();
  const player = shell.player();
  player.minimize();
  player.hide();
  shell.fake.launchSecondInstance();
  expect(player.isVisible()).toBe(true);
  expect(player.isMinimized()).toBe(false);
  expect(player.isFocused()).toBe(true);
  expect(shell.fake.BrowserWindow.getAllWindows()).toHaveLength(1);
});

test('a second copy finds the first running and quits without a window', async () => {
  shell = await startShell({ before: (world) => (world.lockHeldElsewhere = true) });
  expect(shell.world.quit).toBe(true);
  expect(shell.fake.BrowserWindow.getAllWindows()).toEqual([]);
  expect(shell.fake.allTrays()).toEqual([]);
});

test('opened at login, Unknot waits in the tray; the tray brings the window', async () => {
  shell = await startShell({ before: (world) => (world.argv = ['--hidden']) });
  expect(shell.fake.BrowserWindow.getAllWindows()).toEqual([]);
  shell.tray().click('Show Unknot');
  await shell.settle();
  expect(shell.player().isVisible()).toBe(true);
});

test('a failure to start is told in a dialog that names the log, then the app exits', async () => {
  shell = await startShell({ notReady: true });
  // A folder the system refuses to open, as a broken profile would be.
  const userData = shell.world.paths.userData;
  shell.world.paths.userData = `${userData}\0unreadable`;
  await shell.fake.becomeReady();
  expect(shell.world.errorBoxes).toHaveLength(1);
  expect(shell.world.errorBoxes[0]!.title).toBe('Unknot could not start');
  expect(shell.world.errorBoxes[0]!.content).toMatch(/Your data was not changed/);
  expect(shell.world.exitCode).toBe(1);
});

test('the preload gives the page the contract, and events from main reach its listeners', async () => {
  shell = await startShell();
  await import('../../electron/preload/preload');
  const api = shell.fake.exposed.unknot as UnknotApi;
  expect((await api.getSettings()).theme).toBe('system');
  await expect(api.getRoutine({ id: 'no-such-routine' })).rejects.toThrow(
    'There is no routine "no-such-routine".',
  );

  const heard: unknown[] = [];
  const stop = api.on('settingsChanged', (settings) => heard.push(settings));
  await api.updateSettings({ theme: 'dark' });
  shell.fake.deliverSent();
  expect(heard).toEqual([expect.objectContaining({ theme: 'dark' })]);
  stop();
  expect(shell.fake.rendererListenerCount('unknot:event:settingsChanged')).toBe(0);
});

test('the preload, run in a sandbox that offers only what Electron offers, exposes the contract', async () => {
  shell = await startShell();
  const source = readFileSync(path.resolve('out/preload/preload.cjs'), 'utf8');
  const exposed: Record<string, unknown> = {};
  const required: string[] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api),
    },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) =>
        shell!.fake.invoke(channel, payload, 'unknot://app/index.html'),
      on: () => {},
      removeListener: () => {},
    },
  };
  // A sandboxed preload may require 'electron' and a few Node built-ins, nothing from disk.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  vm.runInNewContext(source, { require: sandboxRequire, module, exports: module.exports });
  expect(required).toEqual(['electron']);
  const api = exposed.unknot as Record<string, (input?: unknown) => Promise<unknown>>;
  expect(Object.keys(api).sort()).toEqual(expect.arrayContaining([...METHODS].sort()));
  const settings = (await api.getSettings!()) as { theme: string };
  expect(settings.theme).toBe('system');
});

test('"Open Unknot when I log in" adds a hidden autostart entry on Linux, and removes it', async () => {
  shell = await startShell();
  await shell.settle();
  const entry = path.join(shell.world.paths.appData!, 'autostart', 'unknot.desktop');
  expect(existsSync(entry)).toBe(false);
  await shell.call('updateSettings', { launchAtLogin: true });
  expect(readFileSync(entry, 'utf8')).toMatch(/^Exec=".+" --hidden$/m);
  await shell.call('updateSettings', { launchAtLogin: false });
  expect(existsSync(entry)).toBe(false);
});
