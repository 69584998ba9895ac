import type { SpokenLines } from '../../content/step-timeline';
import { clipsByText, type NarrationManifest } from '../../content/narration-manifest';
import { plan } from '../../content/planner';
import { planSettings } from '../../content/health-protections';
import type { Routine } from '../../content/schema';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { ClockCommand, ClockEvent, PlaybackSnapshot } from '../common/playback-schema';
import type { ClockScheduler } from './clock-scheduler';
import { RoutineClock } from './routine-clock';
import type { SessionRecorder } from './session-recorder';
import { PlanChoicesSchema, type PlanChoices } from '../common/settings-schema';
import type { SettingsStore } from '../settings/settings-store';

export interface PlaybackDeps {
  routines: () => readonly Routine[];
  settings: SettingsStore;
  /** Every change of the playback state, for the windows to show. */
  onSnapshot: (snapshot: PlaybackSnapshot) => void;
  /** Step boundaries, lines and chimes, for the windows to play. */
  onEvent: (event: ClockEvent) => void;
  recorder: SessionRecorder;
  /** Clip lengths let the planner leave room for every line; null plans without them. */
  manifest: NarrationManifest | null;
  /** The player's own lines in the language shown (default: English). */
  spokenLines?: () => SpokenLines;
  scheduler?: ClockScheduler;
}

export interface StartRequest extends PlanChoices {
  routineId: string;
}

export interface PlaybackService {
  start(request: StartRequest): PlaybackSnapshot;
  /** Plays a routine again from one of its steps (after an interruption). */
  /** Goes on with a recorded session, as the same session, from a step of the same plan. */
  resume(session: {
    sessionId: string;
    routineId: string;
    fromStepIndex: number;
    stepsDone: readonly string[];
    choices?: Record<string, unknown>;
  }): PlaybackSnapshot;
  command(command: ClockCommand): PlaybackSnapshot;
  snapshot(): PlaybackSnapshot;
  dispose(): void;
}

const COUNT_IN_SECONDS = 3;

/** Plans a routine with the user's settings and plays it on the clock in main. */
export function createPlaybackService(deps: PlaybackDeps): PlaybackService {
  const clip = deps.manifest ? clipsByText(deps.manifest) : () => undefined;
  const clipSeconds = (text: string) => clip(text)?.seconds;
  const clock = new RoutineClock({
    scheduler: deps.scheduler,
    recorder: deps.recorder,
    onSnapshot: deps.onSnapshot,
    onEvent: deps.onEvent,
  });

  const planFor = (request: StartRequest) => {
    const routine = deps.routines().find((candidate) => candidate.id === request.routineId);
    if (!routine) {
      throw new UserError('not-found', tm('errors:routines.notFound', { id: request.routineId }));
    }
    const settings = deps.settings.get();
    const timeline = plan(routine, {
      ...planSettings(settings),
      targetSeconds: request.targetSeconds,
      pace: request.pace,
      intensity: request.intensity ?? (settings.gentleByDefault ? 'gentle' : 'standard'),
      // The global areas to avoid always apply; a routine's choices may add more.
      avoidAreas: [...new Set([...settings.avoidAreas, ...(request.avoidAreas ?? [])])],
      overrides: request.overrides,
      clipSeconds,
      ...(deps.spokenLines ? { spokenLines: deps.spokenLines() } : {}),
    });
    if (timeline.steps.length === 0) {
      throw new UserError(
        'not-playable',
        timeline.message ?? tm('errors:playback.nothingPlayable', { title: routine.title }),
      );
    }
    if (settings.lastRoutineId !== routine.id) {
      // Best effort: a full or read-only disk must not stop the routine the user asked for.
      try {
        deps.settings.update({ lastRoutineId: routine.id });
      } catch {
        // The library simply offers the previous last routine.
      }
    }
    return timeline;
  };

  return {
    start(request) {
      const timeline = planFor(request);
      const { routineId: _routine, ...choices } = request;
      void _routine;
      return clock.start(timeline, {
        countInSeconds: deps.settings.get().countIn ? COUNT_IN_SECONDS : 0,
        choices,
      });
    },
    resume(session) {
      // The same choices make the same plan: the steps left out stay out, and the step
      // numbers are the ones the user saw ("Step 3 of 7").
      const parsed = PlanChoicesSchema.safeParse(session.choices ?? {});
      const choices = parsed.success ? parsed.data : {};
      const timeline = planFor({ ...choices, routineId: session.routineId });
      return clock.start(
        {
          ...timeline,
          message: tm('errors:playback.goingOn', { step: Math.max(0, session.fromStepIndex) + 1 }),
        },
        {
          countInSeconds: deps.settings.get().countIn ? COUNT_IN_SECONDS : 0,
          resume: {
            sessionId: session.sessionId,
            fromStepIndex: session.fromStepIndex,
            stepsDone: session.stepsDone,
          },
        },
      );
    },
    command: (command) => clock.command(command),
    snapshot: () => clock.snapshot(),
    dispose: () => clock.dispose(),
  };
}
