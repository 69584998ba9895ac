import type { Handlers } from '../ipc/handler-table';
import type { HistoryService } from './history-service';

type HistoryMethods =
  | 'listSessions'
  | 'getHistoryStats'
  | 'checkIn'
  | 'setSessionNote'
  | 'deleteSession'
  | 'exportHistory';

/** Past sessions: the list, the figures, check-ins and notes, and export. */
export function historyHandlers(history: HistoryService): Handlers<HistoryMethods> {
  return {
    listSessions: () => history.sessions(),
    getHistoryStats: () => history.stats(),
    checkIn: ({ sessionId, when, score, areas }) => {
      history.checkIn(sessionId, when, score, areas);
      return { saved: true };
    },
    setSessionNote: ({ sessionId, text }) => {
      history.setNote(sessionId, text);
      return { saved: true };
    },
    deleteSession: ({ sessionId }) => ({ deleted: history.remove(sessionId) }),
    exportHistory: ({ format }) => history.exportAs(format),
  };
}
