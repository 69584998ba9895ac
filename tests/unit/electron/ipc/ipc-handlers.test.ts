import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { RoutineSchema, type Routine } from '../../../../content/schema';
import { createApi } from '../../../../electron/common/ipc/api-factory';
import {
  METHODS,
  contract,
  methodOfChannel,
  type IpcResult,
} from '../../../../electron/common/ipc/contract';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { loadBuiltInContent } from '../../../../electron/routines/content-files';
import type { Broadcast } from '../../../../electron/common/ipc/contract';
import { createServices } from '../../../../electron/app/services';
import type { SettingsBackend } from '../../../../electron/settings/settings-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const TRUSTED = 'unknot://app/index.html#/library';
const trusted = (url: string) => url.startsWith('unknot://app/');

const routine: Routine = RoutineSchema.parse({
  format: 1,
  id: 'test-neck',
  title: 'Test neck',
  summary: 'A short routine for tests.',
  conditions: ['neck pain'],
  intensity: 'gentle',
  cautions: ['Stop if anything hurts.'],
  steps: [
    {
      id: 'roll',
      title: 'Shoulder rolls',
      technique: 'movement',
      bodyAreas: ['shoulders', 'neck'],
      narration: { intro: 'Roll your shoulders slowly.', cues: [], outro: 'Good. Let them rest.' },
      caption: 'Slow shoulder rolls.',
      seconds: { min: 20, default: 40, max: 90 },
      sides: 'both',
      illustration: 'shoulder-rolls',
      optional: false,
      priority: 1,
    },
  ],
});

function setup() {
  const events: Array<[string, unknown]> = [];
  const broadcast: Broadcast = (event, payload) => events.push([event, payload]);
  let timerOpen = false;
  const services = createServices({
    dataDir: tempDir(),
    appVersion: '0.1.0',
    SettingsBackend: Conf as unknown as SettingsBackend,
    routines: [routine],
    techniques: loadBuiltInContent('content').techniques,
    broadcast,
    timerWindow: {
      open: () => (timerOpen = true),
      close: () => (timerOpen = false),
      isOpen: () => timerOpen,
    },
  });
  const call = (method: string, payload?: unknown, senderUrl = TRUSTED) =>
    dispatch(services.handlers, method, payload, { senderUrl }, { isTrustedSender: trusted });
  return { services, events, call };
}

describe('the IPC handler table', () => {
  it('serves every method the contract declares', () => {
    const { services } = setup();
    expect(Object.keys(services.handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('lists routines with their length, areas and techniques', async () => {
    const { call } = setup();
    const result = await call('listRoutines');
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          id: 'test-neck',
          seconds: 40,
          bodyAreas: ['shoulders', 'neck'],
          techniques: ['movement'],
          builtIn: true,
          hidden: false,
        }),
      ],
    });
  });

  it('updates settings, stores them and tells every window', async () => {
    const { call, events, services } = setup();
    const result = await call('updateSettings', { theme: 'dark' });
    expect(result.ok && (result.value as { theme: string }).theme).toBe('dark');
    expect(services.settings.get().theme).toBe('dark');
    expect(events).toEqual([['settingsChanged', expect.objectContaining({ theme: 'dark' })]]);
  });

  it('opens and closes the timer window and reports its state', async () => {
    const { call, events } = setup();
    expect(await call('openTimerWindow')).toEqual({ ok: true, value: { open: true } });
    expect(await call('closeTimerWindow')).toEqual({ ok: true, value: { open: false } });
    expect(events.map(([name]) => name)).toEqual(['timerWindowChanged', 'timerWindowChanged']);
  });

  it('says which routine is missing', async () => {
    const { call } = setup();
    expect(await call('getRoutine', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no routine "nope".' },
    });
  });
});

describe('hostile and broken calls', () => {
  const hostile: Array<[string, string, unknown]> = [
    ['a wrong type', 'updateSettings', { voiceVolume: 'loud' }],
    ['a value out of range', 'updateSettings', { voiceVolume: 3 }],
    ['an unknown key', 'updateSettings', { theme: 'dark', dataDir: '/etc' }],
    ['a prototype-polluting key', 'updateSettings', JSON.parse('{"__proto__": {"x": 1}}')],
    ['an empty change', 'updateSettings', {}],
    ['a huge string', 'updateSettings', { theme: 'x'.repeat(5_000_000) }],
    ['an array', 'updateSettings', [1, 2]],
    ['null', 'getRoutine', null],
    ['a payload where none is taken', 'getSettings', { sneaky: true }],
    ['an over-long id', 'getRoutine', { id: 'a'.repeat(500) }],
  ];

  it.each(hostile)(
    'rejects %s with a clear message and changes nothing',
    async (_, method, payload) => {
      const { call, services, events } = setup();
      const before = services.settings.get();
      const result = await call(method, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-payload');
        expect(result.error.message).toMatch(
          new RegExp(`^${method} was given bad data .*Nothing was changed\\.$`),
        );
        expect(result.error.message.length).toBeLessThan(600);
      }
      expect(services.settings.get()).toEqual(before);
      expect(events).toEqual([]);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it('refuses calls from pages that are not Unknot’s', async () => {
    const { call, services } = setup();
    const result = await call('updateSettings', { theme: 'dark' }, 'https://evil.example/');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(services.settings.get().theme).toBe('system');
  });

  it('answers an unknown method without running anything', async () => {
    const { call } = setup();
    expect(await call('constructor')).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await call('__proto__')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(methodOfChannel('unknot:event:settingsChanged')).toBe('');
  });

  it('turns a crashing handler into an internal error instead of a crash', async () => {
    const { services } = setup();
    const logged: string[] = [];
    const broken = {
      ...services.handlers,
      getSettings: () => {
        throw new Error('boom');
      },
    };
    const result = await dispatch(
      broken,
      'getSettings',
      undefined,
      { senderUrl: TRUSTED },
      {
        isTrustedSender: trusted,
        log: (message) => logged.push(message),
      },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'getSettings failed inside Unknot. Nothing was changed.',
      },
    });
    expect(logged).toEqual(['getSettings threw']);
  });

  it('catches a handler that answers outside the contract', async () => {
    const { services } = setup();
    const broken = { ...services.handlers, getSettings: () => ({ theme: 'plaid' }) as never };
    const result = await dispatch(
      broken,
      'getSettings',
      undefined,
      { senderUrl: TRUSTED },
      {
        isTrustedSender: trusted,
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the API factory behind window.unknot', () => {
  it('exposes exactly the contract’s methods and `on`, nothing of IPC itself', () => {
    const api = createApi({ invoke: async () => ({ ok: true, value: null }), on: () => () => {} });
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'on'].sort());
  });

  it('sends each call on its channel and unwraps the answer', async () => {
    const sent: Array<[string, unknown]> = [];
    const api = createApi({
      invoke: async (channel, payload): Promise<IpcResult<unknown>> => {
        sent.push([channel, payload]);
        return { ok: true, value: { open: true } };
      },
      on: () => () => {},
    });
    expect(await api.openTimerWindow()).toEqual({ open: true });
    expect(sent).toEqual([['unknot:openTimerWindow', undefined]]);
  });

  it('throws the main process’s message when a call fails', async () => {
    const api = createApi({
      invoke: async () => ({
        ok: false,
        error: { code: 'not-found', message: 'There is no routine "x".' },
      }),
      on: () => () => {},
    });
    await expect(api.getRoutine({ id: 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no routine "x".',
    });
  });

  it('subscribes to events on their own channel', () => {
    const channels: string[] = [];
    const api = createApi({
      invoke: async () => ({ ok: true, value: null }),
      on: (channel) => {
        channels.push(channel);
        return () => {};
      },
    });
    api.on('settingsChanged', () => {});
    expect(channels).toEqual(['unknot:event:settingsChanged']);
  });
});
