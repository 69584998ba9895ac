import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { channelOf } from '../../electron/common/ipc/channels';
import { startShell, type Shell } from './support/start-shell';

/** The app's own page, as the player window's calls come from. */
const PAGE = 'unknot://app/index.html';

let shell: Shell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

test('a report is printed in a hidden window of its own, then saved where the user picks', async () => {
  shell = await startShell();
  await shell.settle();
  const target = path.join(shell.world.paths.userData!, 'report.pdf');
  shell.world.nextSavePath = target;
  const windowsBefore = shell.fake.BrowserWindow.getAllWindows().length;
  const pages: { printed: { url: string; options: Record<string, unknown> }[] }[] = [];
  shell.fake.app.on('web-contents-created', (_event: unknown, contents: (typeof pages)[number]) =>
    pages.push(contents),
  );

  const answer = (await shell.fake.invoke(
    channelOf('makeReport'),
    {
      from: '2026-11-01',
      to: '2026-11-28',
      noteSessionIds: [],
    },
    PAGE,
  )) as { ok: boolean; value?: { saved: boolean; fileName?: string; pages?: number } };
  expect(answer).toEqual({ ok: true, value: { saved: true, fileName: 'report.pdf', pages: 1 } });
  expect(readFileSync(target, 'latin1')).toMatch(/^%PDF-/);
  // The print window is gone again; the save dialog offered the Documents folder and PDFs.
  expect(shell.fake.BrowserWindow.getAllWindows()).toHaveLength(windowsBefore);
  expect(shell.world.saveDialogs).toEqual([
    expect.objectContaining({
      defaultPath: path.join(
        shell.world.paths.documents!,
        'unknot-report-2026-11-01-to-2026-11-28.pdf',
      ),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }),
  ]);
  // One page was printed: the report itself, as A4, loaded as data (nothing fetched).
  const printed = pages.flatMap((page) => page.printed);
  expect(printed).toHaveLength(1);
  expect(printed[0]?.options).toMatchObject({ pageSize: 'A4' });
  const html = decodeURIComponent(printed[0]!.url.replace(/^data:text\/html;charset=utf-8,/, ''));
  expect(html).toContain('<h1>Self-care record</h1>');
  expect(html).toContain('1 November 2026 to 28 November 2026');
  expect(shell.world.violations).toEqual([]);
});

test('cancelling the save dialog saves nothing', async () => {
  shell = await startShell();
  await shell.settle();
  shell.world.nextSavePath = null;
  const answer = await shell.fake.invoke(
    channelOf('makeReport'),
    {
      from: '2026-11-01',
      to: '2026-11-28',
      noteSessionIds: [],
    },
    PAGE,
  );
  expect(answer).toEqual({ ok: true, value: { saved: false } });
  expect(
    existsSync(
      path.join(shell.world.paths.documents!, 'unknot-report-2026-11-01-to-2026-11-28.pdf'),
    ),
  ).toBe(false);
});
