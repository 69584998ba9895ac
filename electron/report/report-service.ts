import nodeFs from 'node:fs';
import path from 'node:path';
import { HEALTH_QUESTIONS } from '../../content/health-protections';
import { UserError, whyWriteFailed } from '../errors/user-error';
import { mainLanguage, tm } from '../i18n/main-i18n';
import type { HistoryService } from '../history/history-service';
import type { RoutineLibrary } from '../routines/routine-library';
import type { SettingsStore } from '../settings/settings-store';
import { buildReport, type ReportRequest } from './clinician-report';
import { reportHtml } from './report-html';

/**
 * "Make a report" in History: the user's record for a period, as a PDF saved where they
 * pick. Nothing leaves the computer. The printing and the save dialog are the shell's
 * (ports below); everything else runs, and is tested, here.
 */

export interface ReportPorts {
  /** Prints a page of HTML to an A4 PDF: Electron's printToPDF (the harness: Chromium's). */
  printPdf(html: string): Promise<Uint8Array>;
  /** Where to save, asked of the user; null when they cancel. */
  pickSavePath(suggestedName: string): Promise<string | null>;
}

export interface ReportResult {
  saved: boolean;
  fileName?: string;
  pages?: number;
}

export interface ReportService {
  make(request: ReportRequest): Promise<ReportResult>;
}

export type ReportFs = Pick<typeof nodeFs, 'writeFileSync' | 'renameSync' | 'rmSync'>;

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function createReportService(deps: {
  history: HistoryService;
  settings: SettingsStore;
  library: RoutineLibrary;
  ports: ReportPorts;
  now?: () => Date;
  fs?: ReportFs;
}): ReportService {
  const fs = deps.fs ?? nodeFs;

  const cautions = (): string[] => {
    const settings = deps.settings.get();
    const told = HEALTH_QUESTIONS.filter((q) => settings.healthAnswers.includes(q.id)).map((q) =>
      tm('errors:report.cautions.told', {
        answer: tm(`errors:report.healthAnswer.${q.id}`),
      }),
    );
    if (settings.avoidAreas.length > 0) {
      // An area as the language writes it inside a sentence (German keeps a noun's capital).
      const lowercase = tm('errors:report.inSentence') === 'lowercase';
      const areas = settings.avoidAreas
        .map((a) => tm(`errors:report.bodyArea.${a}`))
        .map((label) => (lowercase ? label.toLocaleLowerCase(mainLanguage()) : label))
        .join(', ');
      told.push(tm('errors:report.cautions.avoids', { areas }));
    }
    if (settings.gentleByDefault) {
      told.push(tm('errors:report.cautions.gentle'));
    }
    return told;
  };

  const techniquesOf = (routineId: string): string[] => {
    try {
      const routine = deps.library.get(routineId);
      return [
        ...new Set(routine.steps.map((step) => tm(`errors:report.technique.${step.technique}`))),
      ];
    } catch {
      // A routine deleted since: its sessions still count, its techniques are not known.
      return [];
    }
  };

  return {
    async make(request) {
      const report = buildReport(request, {
        sessions: deps.history.sessions(),
        now: deps.now?.() ?? new Date(),
        cautions: cautions(),
        techniquesOf,
      });
      const pdf = await deps.ports.printPdf(reportHtml(report));
      const target = await deps.ports.pickSavePath(
        `unknot-report-${request.from}-to-${request.to}.pdf`,
      );
      if (target === null) return { saved: false };
      // Written beside the target and renamed over it: a failed write leaves no half a file
      // and an earlier report of the same name as it was.
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, pdf);
        fs.renameSync(temporary, target);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw new UserError(
          'storage-failed',
          tm('errors:report.saveFailed', { why: whyWriteFailed(error, path.dirname(target)) }),
          { cause: error },
        );
      }
      return { saved: true, fileName: path.basename(target), pages: countPdfPages(pdf) };
    },
  };
}
