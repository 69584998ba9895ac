/**
 * The names in the IPC contract, as plain data. The preload and the e2e bridge need only
 * these to build `window.unknot`, so they stay small and free of zod; contract.ts checks
 * at compile time that its schemas cover exactly these names.
 */
export const METHODS = [
  'listRoutines',
  'getRoutine',
  'getSettings',
  'updateSettings',
  'openTimerWindow',
  'closeTimerWindow',
  'takeNotices',
  'startRoutine',
  'controlPlayback',
  'getPlayback',
  'listTechniques',
  'listStepCatalogue',
  'saveRoutine',
  'deleteRoutine',
  'setRoutineHidden',
  'importRoutine',
  'listRoutineProblems',
  'savePreset',
  'deletePreset',
  'listSessions',
  'getHistoryStats',
  'checkIn',
  'setSessionNote',
  'deleteSession',
  'exportHistory',
  'makeReport',
  'resumeSession',
  'createBackup',
  'restoreBackup',
  'getDataFolder',
  'openDataFolder',
  'moveDataFolder',
] as const;
export type Method = (typeof METHODS)[number];

export const EVENT_NAMES = [
  'settingsChanged',
  'timerWindowChanged',
  'playbackChanged',
  'playbackEvent',
  'historyChanged',
  'noticesChanged',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const channelOf = (method: Method): string => `unknot:${method}`;
export const eventChannelOf = (event: EventName): string => `unknot:event:${event}`;

/** The method a channel names, or '' for a channel that is not one of ours. */
export const methodOfChannel = (channel: string): string =>
  channel.startsWith('unknot:') && !channel.startsWith('unknot:event:') ? channel.slice(7) : '';
