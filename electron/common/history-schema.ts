import { z } from 'zod';
import { BodyAreaSchema } from '../../content/schema';

/** Session history as it crosses to the windows: records, statistics, exports. */

export const SessionRecordSchema = z.object({
  sessionId: z.string(),
  routineId: z.string(),
  title: z.string(),
  device: z.string(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  plannedSeconds: z.number(),
  completedSeconds: z.number(),
  stepsDone: z.array(z.string()),
  status: z.enum(['completed', 'stopped', 'interrupted', 'in-progress']),
  painBefore: z.number().optional(),
  painAfter: z.number().optional(),
  areasBefore: z.array(BodyAreaSchema).optional(),
  areasAfter: z.array(BodyAreaSchema).optional(),
  note: z.string().optional(),
  lastStepIndex: z.number(),
});
export type SessionRecordData = z.infer<typeof SessionRecordSchema>;

const ReliefRowSchema = z.object({
  routineId: z.string(),
  title: z.string(),
  checkIns: z.number(),
  averageRelief: z.number(),
  averageRelativeRelief: z.number(),
  meaningful: z.boolean(),
});

export const HistoryStatsSchema = z.object({
  thisWeek: z.object({ sessions: z.number(), minutes: z.number() }),
  streak: z.object({
    weeks: z.number(),
    goalDays: z.number(),
    daysThisWeek: z.number(),
    metThisWeek: z.boolean(),
  }),
  minutesPerWeek: z.array(z.object({ weekStart: z.string(), minutes: z.number() })),
  heatmap: z.array(z.object({ date: z.string(), minutes: z.number() })),
  painTrend: z.array(
    z.object({ date: z.string(), before: z.number().optional(), after: z.number().optional() }),
  ),
  whatHelps: z.array(ReliefRowSchema),
  painByArea: z.array(
    z.object({
      area: BodyAreaSchema,
      sessions: z.number(),
      averageBefore: z.number().optional(),
      averageAfter: z.number().optional(),
      trend: z.array(
        z.object({
          date: z.string(),
          before: z.number().optional(),
          after: z.number().optional(),
        }),
      ),
      whatHelps: z.array(ReliefRowSchema),
    }),
  ),
});
export type HistoryStatsData = z.infer<typeof HistoryStatsSchema>;

export const PainScoreSchema = z.number().int().min(0).max(10);

export const ExportedFileSchema = z.object({ fileName: z.string(), text: z.string() });
