import type { SessionRecord } from '../history/journal-format';
import type { Handlers } from '../ipc/handler-table';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { PlaybackService } from './playback-service';

/** Starting, steering and resuming a routine on main's clock. */
export function playbackHandlers(deps: {
  playback: PlaybackService;
  /** A session from history, to resume it where it was interrupted. */
  findSession: (sessionId: string) => SessionRecord | undefined;
}): Handlers<'startRoutine' | 'controlPlayback' | 'getPlayback' | 'resumeSession'> {
  const { playback } = deps;
  return {
    startRoutine: (request) => playback.start(request),
    controlPlayback: ({ command }) => playback.command(command),
    getPlayback: () => playback.snapshot(),
    resumeSession: ({ sessionId }) => {
      const session = deps.findSession(sessionId);
      if (!session) throw new UserError('not-found', tm('errors:history.sessionNotFound'));
      return playback.resume({
        sessionId: session.sessionId,
        routineId: session.routineId,
        fromStepIndex: Math.max(0, session.lastStepIndex),
        stepsDone: session.stepsDone,
        choices: session.choices,
      });
    },
  };
}
