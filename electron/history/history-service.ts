import type { BodyArea } from '../../content/vocabulary';
import { computeStats, sessionsToCsv } from './history-stats';
import type { HistoryStatsData, SessionRecordData } from '../common/history-schema';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { SessionRecord } from './journal-format';
import type { SessionJournal } from './session-journal';
import type { SettingsStore } from '../settings/settings-store';

/** History as the windows see it: the journal read back, its statistics and its exports. */
export interface HistoryService {
  sessions(): SessionRecordData[];
  stats(now?: Date): HistoryStatsData;
  checkIn(
    sessionId: string,
    when: 'before' | 'after',
    score: number,
    areas?: readonly BodyArea[],
  ): void;
  setNote(sessionId: string, text: string): void;
  remove(sessionId: string): boolean;
  exportAs(format: 'csv' | 'json', now?: Date): { fileName: string; text: string };
  find(sessionId: string): SessionRecord | undefined;
}

export function createHistoryService(deps: {
  journal: SessionJournal;
  settings: SettingsStore;
  onChanged: () => void;
}): HistoryService {
  const sessions = () => deps.journal.load().sessions;
  const find = (sessionId: string) => sessions().find((s) => s.sessionId === sessionId);
  const mustExist = (sessionId: string) => {
    if (!find(sessionId)) throw new UserError('not-found', tm('errors:history.sessionNotFound'));
  };
  const day = (date: Date) => date.toISOString().slice(0, 10);

  return {
    sessions: () => sessions().map((s) => ({ ...s })),
    stats: (now = new Date()) =>
      computeStats(sessions(), { now, weeklyGoalDays: deps.settings.get().weeklyGoalDays }),
    checkIn(sessionId, when, score, areas) {
      mustExist(sessionId);
      deps.journal.checkIn(sessionId, when, score, areas);
      deps.onChanged();
    },
    setNote(sessionId, text) {
      mustExist(sessionId);
      deps.journal.setNote(sessionId, text);
      deps.onChanged();
    },
    remove(sessionId) {
      if (!find(sessionId)) return false;
      deps.journal.deleteSession(sessionId);
      deps.onChanged();
      return true;
    },
    exportAs(format, now = new Date()) {
      const all = sessions();
      return format === 'csv'
        ? { fileName: `unknot-history-${day(now)}.csv`, text: sessionsToCsv(all) }
        : {
            fileName: `unknot-history-${day(now)}.json`,
            text: `${JSON.stringify({ format: 1, exportedAt: now.toISOString(), sessions: all }, null, 2)}\n`,
          };
    },
    find,
  };
}
