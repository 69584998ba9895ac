import Conf from 'conf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  embedStartupData,
  parseStartupData,
  STARTUP_DATA_ID,
  type StartupData,
} from '../../../../electron/common/ipc/startup-data';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { gatherStartupData } from '../../../../electron/ipc/gather-startup-data';
import type { HandlerTable } from '../../../../electron/ipc/handler-table';
import { createServices } from '../../../../electron/app/services';
import { loadBuiltInContent } from '../../../../electron/routines/content-files';
import type { SettingsBackend } from '../../../../electron/settings/settings-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Unknot</title></head>
<body><div id="root"></div></body></html>`;

/** What an HTML parser does with a data block: its text runs to the first "</script". */
function blockText(html: string): string | null {
  const open = `<script type="application/json" id="${STARTUP_DATA_ID}">`;
  const start = html.indexOf(open);
  if (start < 0) return null;
  const from = start + open.length;
  return html.slice(from, html.toLowerCase().indexOf('</script', from));
}

describe('the first screen’s data in the page', () => {
  it('goes into the head, before the page’s own scripts could read it', () => {
    const html = embedStartupData(PAGE, { getHistoryStats: undefined });
    expect(html.indexOf(STARTUP_DATA_ID)).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf(STARTUP_DATA_ID)).toBeLessThan(html.indexOf('</head>'));
    expect(html.replace(/<script[^]*?<\/script>/, '')).toBe(PAGE);
  });

  it('reads back exactly as written, whatever text a user typed into it', () => {
    // Titles and notes are the user's own words: none may end the block or open a comment.
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('</script>', '</SCRIPT >', '<!--', '-->', '\u2028', '\u2029', '&amp;', '<b>'),
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 6 }), (words) => {
        const data = { listRoutines: words.map((title, i) => ({ id: `r${i}`, title })) };
        const text = blockText(embedStartupData(PAGE, data as unknown as StartupData));
        expect(text).not.toMatch(/<|>|\u2028|\u2029/);
        expect(parseStartupData(text)).toEqual(data);
      }),
    );
  });

  it('is no data when the page has no block, or a block that is not an object', () => {
    for (const text of [null, undefined, '', 'not json', '[]', 'null', '42', '"x"']) {
      expect(parseStartupData(text)).toEqual({});
    }
  });
});

describe('gathering the first screen’s data', () => {
  function services() {
    return createServices({
      dataDir: tempDir(),
      appVersion: '0.1.0',
      SettingsBackend: Conf as unknown as SettingsBackend,
      ...loadBuiltInContent('content'),
      broadcast: () => {},
      timerWindow: { open: () => {}, close: () => {}, isOpen: () => false },
    });
  }
  const trusted = (url: string) => url.startsWith('unknot://app/');
  const page = 'unknot://app/index.html';

  it('holds what the same calls answer over IPC', async () => {
    const { handlers } = services();
    const data = await gatherStartupData(handlers, page, { isTrustedSender: trusted });
    for (const method of [
      'listRoutines',
      'getSettings',
      'listRoutineProblems',
      'getHistoryStats',
    ] as const) {
      const answer = await dispatch(
        handlers,
        method,
        undefined,
        { senderUrl: page },
        {
          isTrustedSender: trusted,
        },
      );
      expect({ method, value: data[method] }).toEqual({
        method,
        value: answer.ok ? answer.value : 'failed',
      });
    }
    expect(data.listRoutines?.length).toBeGreaterThan(10);
    expect(data).not.toHaveProperty('getPlayback');
  });

  it('leaves out what fails or breaks the contract, so the page asks for it itself', async () => {
    const { handlers } = services();
    const logged: string[] = [];
    const broken: HandlerTable = {
      ...handlers,
      listRoutineProblems: () => {
        throw new Error('disk on fire');
      },
      getHistoryStats: () => ({ sessions: 'many' }) as never,
    };
    const data = await gatherStartupData(broken, page, {
      isTrustedSender: trusted,
      log: (message) => logged.push(message),
    });
    expect(Object.keys(data).sort()).toEqual(['getSettings', 'listRoutines']);
    expect(logged).toEqual([
      'listRoutineProblems threw',
      expect.stringMatching(/^getHistoryStats returned data outside the contract/),
    ]);
  });

  it('gives a page that is not the app nothing', async () => {
    const { handlers } = services();
    const data = await gatherStartupData(handlers, 'https://example.com/', {
      isTrustedSender: trusted,
    });
    expect(data).toEqual({});
  });
});
