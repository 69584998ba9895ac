import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, goTo, test } from './fixtures';

/**
 * The first screen loads alone; the others are chunks of the app's own, fetched with
 * import(). The page's policy lets those in and still refuses a script from anywhere else.
 */

test('the library shows before the other screens’ code is fetched, and they open from theirs', async ({
  player,
}) => {
  await goTo(player, 'Settings');
  await goTo(player, 'History');
  await expect(player.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  // The screens not opened come when the page is idle: wait for the last of them.
  const fetched = () =>
    player.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((file) => /\/(BuilderScreen|PlayerScreen|audio-engine)-[^/]*\.js$/.test(file)),
    );
  await expect.poll(async () => (await fetched()).length, { timeout: 15_000 }).toBe(3);
  const { ready, scripts } = await player.evaluate(() => ({
    ready: performance.getEntriesByName('unknot:library-ready')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ file: new URL(entry.name).pathname, at: entry.startTime })),
  }));
  expect(ready).not.toBeNull();
  const fetchOf = (name: string) => scripts.find((script) => script.file.includes(`/${name}-`));
  // The entry came before the library was ready to use...
  expect(fetchOf('index')!.at).toBeLessThan(ready!);
  // ...and every other screen's code, and the sound engine, only after it.
  for (const chunk of ['SettingsScreen', 'HistoryScreen', 'BuilderScreen', 'PlayerScreen']) {
    expect(fetchOf(chunk), chunk).toBeDefined();
    expect(fetchOf(chunk)!.at, chunk).toBeGreaterThan(ready!);
  }
  expect(fetchOf('audio-engine')).toBeDefined();
});

test('the floating timer fetches its own code and lines, and nothing of the other screens', async ({
  app,
  player,
}) => {
  await player.getByRole('button', { name: 'Show timer' }).click();
  const timer = await app.timerWindow();
  await expect(timer.getByText('Nothing playing')).toBeVisible();
  const scripts = await timer.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
      .filter((file) => file.endsWith('.js')),
  );
  // Its view's chunk, and its English lines (timer.json) as a chunk of their own...
  expect(scripts.filter((file) => /^(TimerView|timer)-[\w-]{8}\.js$/.test(file))).toHaveLength(2);
  // ...and neither another screen's code nor another screen's lines (a catalog chunk is
  // named for its namespace, a screen's for its component).
  const others = /^(builder|history|settings|welcome|routine)-[\w-]{8}\.js$|Screen-/;
  expect(scripts.filter((file) => others.test(file))).toEqual([]);
});

test('a script from anywhere but the app is refused, as a module, a tag or inline', async ({
  player,
}) => {
  // Another origin that would hand its script to anyone (CORS open), so only the page's
  // policy stands in the way.
  const server = http.createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/javascript',
      'access-control-allow-origin': '*',
    });
    response.end('window.__evil = "ran";\nexport {};\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stranger = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  try {
    const outcome = await player.evaluate(async (origin) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        blocked.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      let imported = 'loaded';
      try {
        await import(/* @vite-ignore */ `${origin}/evil.js`);
      } catch {
        imported = 'refused';
      }
      const tag = document.createElement('script');
      tag.src = `${origin}/evil.js`;
      const tagDone = new Promise((resolve) => {
        tag.onerror = () => resolve('refused');
        tag.onload = () => resolve('loaded');
      });
      document.head.append(tag);
      const inline = document.createElement('script');
      inline.textContent = 'window.__evil = "inline ran";';
      document.head.append(inline);
      const tagged = await tagDone;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        imported,
        tagged,
        ran: (window as unknown as { __evil?: string }).__evil ?? null,
        blocked,
      };
    }, stranger.origin);
    expect(outcome.imported).toBe('refused');
    expect(outcome.tagged).toBe('refused');
    expect(outcome.ran).toBeNull();
    // The module and the tag are each refused twice, by the protocol's header and by the
    // page's own policy; the inline script by both as well.
    expect(
      outcome.blocked.filter((b) => b === `script-src-elem ${stranger.origin}/evil.js`),
    ).toHaveLength(4);
    expect(outcome.blocked).toContain('script-src-elem inline');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a screen whose files cannot be fetched says so, and opens when tried again', async ({
  player,
}) => {
  await player.route(/\/assets\/HistoryScreen-[\w-]+\.js$/, (route) => route.abort('failed'));
  await player.reload();
  await expect(player.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await player
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  const failure = player.getByRole('alert').filter({ hasText: 'could not open History' });
  await expect(failure).toContainText('Your data is not affected.');
  await player.unroute(/\/assets\/HistoryScreen-[\w-]+\.js$/);
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(player.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
});

test('the page arrives with the library in it: no call for the routines, and a title with markup in it stays text', async ({
  player,
}) => {
  // A routine of the user's own whose title tries to end the page's data block and run script.
  const title = '</script><img src=x onerror="window.__evil=1"> <!-- neck';
  await player.evaluate(async (hostile) => {
    const jaw = await window.unknot.getRoutine({ id: 'jaw-release' });
    await window.unknot.saveRoutine({ routine: { ...jaw, id: 'my-jaw', title: hostile } });
  }, title);
  const asked: string[] = [];
  await player.exposeFunction('__noteCall', (channel: string) => asked.push(channel));
  await player.addInitScript(() => {
    const invoke = window.__unknotInvoke;
    window.__unknotInvoke = (channel, payload) => {
      void (window as unknown as { __noteCall: (c: string) => void }).__noteCall(channel);
      return invoke(channel, payload);
    };
  });
  await player.reload();

  const card = player.getByRole('article', { name: title });
  await expect(card.getByRole('heading', { name: title })).toBeVisible();
  expect(await player.evaluate(() => (window as { __evil?: number }).__evil)).toBeUndefined();
  await expect(player.locator('img[src="x"]')).toHaveCount(0);
  // The routines, the settings and the For you row's stats came with the page.
  await expect(player.getByRole('heading', { name: 'For you' })).toBeVisible();
  expect(asked).not.toContain('unknot:listRoutines');
  expect(asked).not.toContain('unknot:getSettings');
  expect(asked).not.toContain('unknot:getHistoryStats');
});
