import { afterEach, expect, test } from 'vitest';
import type { Notice } from '../../electron/common/ipc/contract';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { startShell, type Shell } from './support/start-shell';

let shell: Shell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

const MEDIA = ['MediaPlayPause', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop'];
const status = async (s: Shell) => (await s.call<PlaybackSnapshot>('getPlayback')).status;

test('the media keys are held only while a routine plays or is paused', async () => {
  shell = await startShell();
  await shell.settle();
  expect(shell.fake.registeredShortcuts().sort()).toEqual([
    'CommandOrControl+Alt+P',
    'CommandOrControl+Alt+T',
  ]);

  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  expect(shell.fake.registeredShortcuts()).toEqual(expect.arrayContaining(MEDIA));
  shell.fake.pressKey('MediaPlayPause');
  expect(await status(shell)).toBe('paused');
  expect(shell.fake.registeredShortcuts()).toEqual(expect.arrayContaining(MEDIA));
  shell.fake.pressKey('MediaPlayPause');
  expect(await status(shell)).toMatch(/counting-in|playing/);

  shell.fake.pressKey('MediaStop');
  expect(await status(shell)).toBe('stopped');
  expect(shell.fake.registeredShortcuts().sort()).toEqual([
    'CommandOrControl+Alt+P',
    'CommandOrControl+Alt+T',
  ]);
});

test('the next and previous media keys move between steps', async () => {
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', { countIn: false });
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  const step = async () => (await shell!.call<PlaybackSnapshot>('getPlayback')).stepIndex;
  expect(await step()).toBe(0);
  shell.fake.pressKey('MediaNextTrack');
  expect(await step()).toBe(1);
  shell.fake.pressKey('MediaPreviousTrack');
  expect(await step()).toBe(0);
});

test('the two shortcuts can be changed in Settings, and the old keys are let go', async () => {
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', { lastRoutineId: 'three-minute-reset' });
  await shell.call('updateSettings', {
    shortcuts: { togglePlayback: 'Alt+Shift+P', toggleTimer: 'Super+F9' },
  });
  expect(shell.fake.registeredShortcuts().sort()).toEqual(['Alt+Shift+P', 'Super+F9']);

  shell.fake.pressKey('Super+F9');
  expect(
    shell.fake.BrowserWindow.getAllWindows().some((w) => w.webContents.url.includes('#/timer')),
  ).toBe(true);
  shell.fake.pressKey('Alt+Shift+P');
  expect(await status(shell)).toMatch(/counting-in|playing/);
});

test('a shortcut that would catch ordinary typing is refused with a reason, and nothing changes', async () => {
  shell = await startShell();
  await shell.settle();
  await expect(
    shell.call('updateSettings', {
      shortcuts: { togglePlayback: 'Shift+P', toggleTimer: 'CommandOrControl+Alt+T' },
    }),
  ).rejects.toThrow(
    /That shortcut cannot be used. Add Ctrl, Alt or another modifier besides Shift/,
  );
  expect(shell.fake.registeredShortcuts().sort()).toEqual([
    'CommandOrControl+Alt+P',
    'CommandOrControl+Alt+T',
  ]);
});

test('a key another app holds is named once, in words, and the other key still works', async () => {
  shell = await startShell({
    before: (world) => world.acceleratorsHeldElsewhere.add('CommandOrControl+Alt+T'),
  });
  await shell.settle();
  expect(shell.fake.registeredShortcuts()).toEqual(['CommandOrControl+Alt+P']);
  const notices = await shell.call<Notice[]>('takeNotices');
  const taken = notices.filter((n) => n.id === 'shortcuts-taken');
  expect(taken).toHaveLength(1);
  expect(taken[0]!.message).toBe(
    'Another app already uses Ctrl+Alt+T, so Unknot cannot answer it. Choose another key in Settings; the buttons and the tray still work.',
  );
  // Playing changes what is held; the same taken key is not reported again.
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  expect((await shell.call<Notice[]>('takeNotices')).map((n) => n.id)).not.toContain(
    'shortcuts-taken',
  );
});

test('media keys another app holds are left to it without a notice', async () => {
  shell = await startShell({
    before: (world) => world.acceleratorsHeldElsewhere.add('MediaPlayPause'),
  });
  await shell.settle();
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  expect(shell.fake.registeredShortcuts()).not.toContain('MediaPlayPause');
  expect(shell.fake.registeredShortcuts()).toContain('MediaStop');
  expect((await shell.call<Notice[]>('takeNotices')).map((n) => n.id)).not.toContain(
    'shortcuts-taken',
  );
});
