import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('hostile payloads get a clear error and change nothing', async ({ app, player }) => {
  await player.evaluate(() => window.unknot.updateSettings({ theme: 'dark', voiceVolume: 0.5 }));
  const file = path.join(app.dataDir, 'settings.json');
  const before = fs.readFileSync(file, 'utf8');

  const errors = await player.evaluate(async () => {
    const attempts: Array<() => Promise<unknown>> = [
      // Each of these is what a compromised or buggy page could send.
      () => window.unknot.updateSettings({ theme: 'neon' } as never),
      () => window.unknot.updateSettings({ voiceVolume: 7 }),
      () => window.unknot.updateSettings(JSON.parse('{"__proto__": {"polluted": true}}')),
      () => window.unknot.updateSettings({ theme: 'light', dataDir: '/etc' } as never),
      () => window.unknot.updateSettings('x'.repeat(1_000_000) as never),
      () => window.unknot.getRoutine({ id: '../../etc/passwd' }),
      () => window.__unknotInvoke('unknot:updateSettings', [1, 2, 3]),
      () => window.__unknotInvoke('unknot:deleteEverything', {}),
    ];
    const outcomes: { code: string; message: string }[] = [];
    for (const attempt of attempts) {
      try {
        const result = (await attempt()) as
          { ok?: boolean; error?: { code: string; message: string } } | undefined;
        outcomes.push(
          result && result.ok === false
            ? { code: result.error!.code, message: result.error!.message }
            : { code: 'accepted', message: '' },
        );
      } catch (error) {
        const failure = error as { code?: string; message: string };
        outcomes.push({ code: failure.code ?? 'no code', message: failure.message });
      }
    }
    return outcomes;
  });

  // Each refused with its own code, and the words say what was wrong.
  expect(errors.map((e) => e.code)).toEqual([
    'invalid-payload',
    'invalid-payload',
    'invalid-payload',
    'invalid-payload',
    'invalid-payload',
    'not-found',
    'invalid-payload',
    'unknown-method',
  ]);
  expect(errors[0]!.message).toContain('theme');
  expect(errors[1]!.message).toContain('voiceVolume');
  expect(errors[3]!.message).toContain('dataDir');
  expect(errors[5]!.message).toContain('no routine');
  expect(errors[7]!.message).toContain('Unknown call');
  expect(fs.readFileSync(file, 'utf8')).toBe(before);
  expect(await player.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
    'polluted',
  );
  const settings = await player.evaluate(() => window.unknot.getSettings());
  expect(settings).toMatchObject({ theme: 'dark', voiceVolume: 0.5 });
});

test('a page that is not one of Unknot’s cannot call main', async ({ context, app }) => {
  void app;
  const stranger = await context.newPage();
  await stranger.goto('about:blank');
  const result = await stranger.evaluate(() =>
    window.__unknotInvoke('unknot:getSettings', undefined),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});

test('the timer window opens from the app and closes from itself', async ({ app, player }) => {
  await player.getByRole('button', { name: 'Show timer' }).click();
  const timer = await app.timerWindow();
  await expect(timer.getByText('Nothing playing')).toBeVisible();
  await timer.getByRole('button', { name: 'Hide timer' }).click();
  await expect.poll(() => timer.isClosed()).toBe(true);
});
