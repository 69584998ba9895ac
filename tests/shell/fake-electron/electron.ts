/**
 * A small fake of the `electron` module for the shell tests: it models the documented
 * contract the app relies on (what may run before ready, one handler per channel, secure
 * windows, quit's order of events) and records what the app does, so a test can act as
 * the user and the OS. It does not render pages; the e2e harness does that.
 */
import { app } from './app';
import { appHooks, FakeBrowserWindow } from './browser-window';
import {
  dialog,
  FakeNotification,
  globalShortcut,
  powerMonitor,
  screen,
  session,
  shell,
} from './desktop';
import { ipcMain } from './ipc-main';
import { net, protocol } from './protocol';
import { contextBridge, ipcRenderer } from './renderer-side';
import { FakeMenu, FakeTray, nativeImage } from './tray';

appHooks.webContentsCreated = (contents) => app.emit('web-contents-created', {}, contents);
appHooks.lastWindowClosed = () => app.lastWindowClosed();

const electron = {
  app,
  contextBridge,
  ipcRenderer,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  BrowserWindow: FakeBrowserWindow,
  Menu: FakeMenu,
  Notification: FakeNotification,
  Tray: FakeTray,
};
export default electron;
export {
  app,
  contextBridge,
  ipcRenderer,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
};
export const { BrowserWindow, Menu, Notification, Tray } = electron;
