import type { Handlers } from '../ipc/handler-table';
import type { ReportService } from './report-service';

/** The report for a clinician, made from History. */
export function reportHandlers(report: ReportService): Handlers<'makeReport'> {
  return {
    makeReport: (request) => report.make(request),
  };
}
