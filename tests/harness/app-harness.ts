import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { BrowserContext, Page } from '@playwright/test';
import {
  loadBuiltInContent,
  loadContentTranslations,
  loadNarrationManifest,
} from '../../electron/routines/content-files';
import { resolveDataFolder } from '../../electron/data/data-folder';
import type { Routine } from '../../content/schema';
import { eventChannelOf, methodOfChannel } from '../../electron/common/ipc/contract';
import { dispatch } from '../../electron/ipc/dispatch';
import { gatherStartupData } from '../../electron/ipc/gather-startup-data';
import { servePageData } from './static-server';
import { createAppUrlCheck } from '../../electron/protocol/app-protocol';
import type { Broadcast } from '../../electron/common/ipc/contract';
import { createServices, type Services } from '../../electron/app/services';
import type { SettingsBackend } from '../../electron/settings/settings-store';
import type { ClockScheduler } from '../../electron/playback/clock-scheduler';
import type { PageCoverage } from './page-coverage';

/** The version the app reports, as electron's app.getVersion() would: package.json's. */
const APP_VERSION = (
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** What page-bridge.ts puts on the page's window. */
interface PageGlobals {
  __unknotDeliver: (channel: string, payload: unknown) => void;
}

export interface HarnessOptions {
  context: BrowserContext;
  origin: string;
  dataDir: string;
  contentDir: string;
  bridgeScript: string;
  appVersion?: string;
  /** Routines added to the built-in ones, e.g. a short one for playback tests. */
  extraRoutines?: readonly Routine[];
  /** Sees every broadcast as main sends it (the bench times the clock's events here). */
  observe?: Broadcast;
  /** Records what each window's code ran (the e2e tests' coverage). */
  coverage?: PageCoverage;
  /** Pages open in the pseudo-language (every line accented and 40 % longer). */
  pseudo?: boolean;
  /** The system's languages, best first; a test in German opens its context with locale de-DE too. */
  systemLanguages?: readonly string[];
  /** The routine clock's time (the bench runs an hour of playback faster than real time). */
  clockScheduler?: ClockScheduler;
}

/**
 * The app without Electron: the real main-process services (settings on disk in a temp
 * folder, the handler table) in the test process, wired to real Chromium pages through a
 * binding and the same API factory the preload uses. Each page plays a BrowserWindow.
 */
let harnessCount = 0;

export class AppHarness {
  services!: Services;
  private readonly pages = new Set<Page>();
  private timerPage: Page | null = null;
  /** What the folder dialog answers next (null: the user cancels). */
  nextPickedFolder: string | null = null;
  /** Where the save dialog saves the next report (null: the user cancels). */
  nextReportPath: string | null = null;
  /** Set when the app asked to restart itself (after moving its data folder). */
  restartRequested = false;
  /** Between open() and the page existing, the window counts as open, as a BrowserWindow would. */
  private timerOpening = false;
  private readonly id = `harness-${++harnessCount}`;
  private stopServingPage = () => {};

  private constructor(private readonly options: HarnessOptions) {}

  static async start(options: HarnessOptions): Promise<AppHarness> {
    const harness = new AppHarness(options);
    harness.services = harness.createServices();
    await options.context.exposeBinding(
      '__unknotInvoke',
      (source, channel: string, payload: unknown) =>
        dispatch(
          harness.services.handlers,
          methodOfChannel(channel),
          payload,
          { senderUrl: source.frame.url() },
          // The app's own predicate, in its dev-server form: the harness serves the renderer
          // over http the way `npm run dev` does, so the check under test is the shipped one.
          { isTrustedSender: createAppUrlCheck(options.origin) },
        ),
    );
    await options.context.addInitScript({ content: options.bridgeScript });
    // As the app's protocol does, the page arrives with the first screen's data in it, asked
    // of the same handler table through the same dispatch. The static server writes it in
    // (no request interception, which would hold up every file the page loads).
    const page = `${options.origin}/index.html`;
    harness.stopServingPage = servePageData(harness.id, () =>
      gatherStartupData(harness.services.handlers, page, {
        isTrustedSender: createAppUrlCheck(options.origin),
      }),
    );
    return harness;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  private createServices(): Services {
    const broadcast: Broadcast = (event, payload) => {
      this.options.observe?.(event, payload);
      for (const page of this.pages) {
        void page
          .evaluate(
            ([channel, data]) =>
              (globalThis as unknown as PageGlobals).__unknotDeliver(channel, data),
            [eventChannelOf(event), payload] as const,
          )
          .catch(() => {
            // A page closing mid-broadcast is what a closing window does too.
          });
      }
    };
    const content = loadBuiltInContent(this.options.contentDir);
    return createServices({
      // As in main: dataDir stands for Electron's userData, which may point elsewhere.
      dataDir: resolveDataFolder(this.options.dataDir),
      userData: this.options.dataDir,
      pickFolder: async () => this.nextPickedFolder,
      restart: () => {
        this.restartRequested = true;
      },
      appVersion: this.options.appVersion ?? APP_VERSION,
      SettingsBackend: Conf as unknown as SettingsBackend,
      routines: [...content.routines, ...(this.options.extraRoutines ?? [])],
      techniques: content.techniques,
      // As Electron's getPreferredSystemLanguages would: the languages the page's browser has.
      systemLanguages: () => this.options.systemLanguages ?? ['en-US'],
      contentTranslations: (language) => loadContentTranslations(this.options.contentDir, language),
      narrationManifest: loadNarrationManifest(
        path.join(this.options.contentDir, '../assets/narration/manifest.json'),
      ),
      broadcast,
      clockScheduler: this.options.clockScheduler,
      // Chromium's own PDF printing, the engine behind Electron's printToPDF, on a page of its
      // own with scripts off, as the app's hidden print window has.
      reportPorts: {
        printPdf: async (html) => {
          const page = await this.options.context.browser()!.newPage({ javaScriptEnabled: false });
          try {
            await page.setContent(html);
            return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
          } finally {
            await page.close();
          }
        },
        pickSavePath: async () => this.nextReportPath,
      },
      timerWindow: {
        open: () => {
          if (this.timerPage) return;
          void this.openPage('timer').then((page) => {
            this.timerPage = page;
            page.on('close', () => {
              if (this.timerPage === page) this.timerPage = null;
            });
          });
          this.timerOpening = true;
        },
        close: () => {
          const page = this.timerPage;
          // Its coverage first: a closed page has none left to give.
          const taken = page ? this.options.coverage?.take(page) : undefined;
          if (page) void (taken ?? Promise.resolve()).then(() => page.close());
          this.timerPage = null;
          this.timerOpening = false;
        },
        isOpen: () => this.timerPage !== null || this.timerOpening,
      },
    });
  }

  /** Opens a window on a route, e.g. "library", "settings" or "timer". */
  async openPage(route = 'library'): Promise<Page> {
    const page = await this.options.context.newPage();
    await this.options.coverage?.start(page);
    this.pages.add(page);
    page.on('close', () => this.pages.delete(page));
    await page.goto(this.pageUrl(route));
    return page;
  }

  /** The address of one of this app's windows on a route, its page carrying its data. */
  pageUrl(route = 'library'): string {
    const pseudo = this.options.pseudo ? '&pseudo' : '';
    return `${this.options.origin}/index.html?harness=${this.id}${pseudo}#/${route}`;
  }

  /** The timer window's page, once the app has opened it. */
  async timerWindow(): Promise<Page> {
    for (let i = 0; i < 100 && !this.timerPage; i++) await new Promise((r) => setTimeout(r, 50));
    if (!this.timerPage) throw new Error('The timer window did not open');
    return this.timerPage;
  }

  /**
   * Quits and starts again on the same data folder: every window is closed first (so no
   * page of the old run can reach the new services), then new services, then the windows
   * come back where they were.
   */
  async restart(): Promise<void> {
    const open = [...this.pages].map((page) => ({ page, url: page.url() }));
    for (const { page } of open) await page.goto('about:blank');
    this.services.dispose();
    this.services = this.createServices();
    for (const { page, url } of open) await page.goto(url);
  }

  /**
   * A crash or power cut mid-session: the old services vanish without ending anything (the
   * clock stops, no journal line is written), then the app starts again on the same folder.
   */
  async crashAndRestart(): Promise<void> {
    this.services.playback.dispose();
    const open = [...this.pages].map((page) => ({ page, url: page.url() }));
    for (const { page } of open) await page.goto('about:blank');
    this.services = this.createServices();
    for (const { page, url } of open) await page.goto(url);
  }

  /** Stops the services' timers; the test is over. */
  dispose(): void {
    this.stopServingPage();
    this.services.dispose();
  }
}
