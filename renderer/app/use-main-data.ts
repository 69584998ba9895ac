import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EventName } from '../../electron/common/ipc/channels';
import type { EventPayload } from '../../electron/common/ipc/contract';
import { api, errorMessage } from './api';

/** An event whose payload is the whole new value (settingsChanged carries the settings). */
type MirrorEvent<T> = { [E in EventName]: EventPayload<E> extends T ? E : never }[EventName];

export interface MainDataOptions<T> {
  /** Events after which main's answer may differ: the data is asked for again. */
  changedBy?: readonly EventName[];
  /** An event that carries the new value itself: taken as it is, without asking again. */
  mirror?: MirrorEvent<T>;
  /** What the data depends on (a routine id, say): a new key loads afresh. */
  key?: string;
  /**
   * A value main already gave the page (startup-data.ts): the first render shows it and the
   * mount asks main nothing, so the screen is whole in its first frame.
   */
  initial?: () => T | undefined;
}

export interface MainData<T> {
  /** Undefined until the first answer for the current key arrives. */
  data: T | undefined;
  /** Main's refusal or failure, worded for the user; null once a load succeeds. */
  error: string | null;
  /** Asks main again (after this window changed something itself). */
  reload: () => void;
  /** Sets the value here and now (an optimistic change, or main's answer to one). */
  replace: (value: T) => void;
}

/**
 * The one way the renderer reads from main: loads when a screen mounts and whenever `key`
 * changes, again when main announces one of `changedBy`, takes `mirror` events as they come,
 * and keeps only the newest answer: one that arrives after a newer request or value, or
 * after the screen is gone, is dropped. Screens hold no fetch-on-mount effects of their own.
 */
export function useMainData<T>(
  load: () => Promise<T>,
  options: MainDataOptions<T> = {},
): MainData<T> {
  const key = options.key ?? '';
  // Tagged with the key it answers, so another routine's data never shows under a new key.
  const [answer, setAnswer] = useState<{ key: string; value: T } | undefined>(() => {
    const value = options.initial?.();
    return value === undefined ? undefined : { key, value };
  });
  /** The first mount already has its answer from the page. */
  const answered = useRef(answer !== undefined);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  /** Counts requests and values; an answer to anything but the newest is stale. */
  const newest = useRef(0);
  // The latest loader and key, so a new closure each render does not load again.
  const loader = useRef(load);
  const currentKey = useRef(key);
  useLayoutEffect(() => {
    loader.current = load;
    currentKey.current = key;
  });
  const events = (options.changedBy ?? []).join(' ');
  const mirror = options.mirror;

  useEffect(() => {
    let mounted = true;
    const fetchNow = () => {
      const request = ++newest.current;
      loader
        .current()
        .then((value) => {
          if (!mounted || request !== newest.current) return;
          setAnswer({ key, value });
          setError(null);
        })
        .catch((failure: unknown) => {
          if (mounted && request === newest.current) setError(errorMessage(failure));
        });
    };
    if (answered.current) answered.current = false;
    else fetchNow();
    const unsubscribe = events
      .split(' ')
      .filter((name): name is EventName => name !== '')
      .map((name) => api().on(name, fetchNow));
    if (mirror) {
      unsubscribe.push(
        api().on(mirror, (payload) => {
          newest.current++;
          setAnswer({ key, value: payload as T });
          setError(null);
        }),
      );
    }
    return () => {
      mounted = false;
      for (const off of unsubscribe) off();
    };
  }, [events, mirror, key, generation]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  const replace = useCallback((value: T) => {
    newest.current++;
    setAnswer({ key: currentKey.current, value });
  }, []);
  return { data: answer?.key === key ? answer.value : undefined, error, reload, replace };
}
