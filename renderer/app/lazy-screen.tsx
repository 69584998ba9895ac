import {
  Component,
  lazy,
  Suspense,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { afterFirstScreen } from './ready-mark';
import { i18n, loadScreenCatalogs } from '../i18n/i18n';
import type { Namespace } from '../i18n/namespaces';

/** The screens, as their names are said in a sentence ("Opening History…"). */
export type ScreenName = 'builder' | 'history' | 'settings' | 'welcome' | 'player' | 'timer';

const screenName = (name: ScreenName): string => i18n.t(`common:screen.${name}`);

/**
 * A screen that is not on the first screen's path (builder, history, settings, welcome,
 * player, timer): its code is a chunk of its own, fetched when first shown or earlier, when
 * the window is idle (`preloadScreens`). A screen already fetched renders at once, without a
 * loading frame. If its chunk cannot be loaded (a damaged install), the screen says so and
 * offers to try again instead of leaving a blank window.
 */
export interface LazyScreen<P extends object> {
  Screen: ComponentType<P>;
  preload: () => Promise<unknown>;
}

export function lazyScreen<P extends object>(
  name: ScreenName,
  load: () => Promise<ComponentType<P>>,
  /** The English namespaces it needs beyond the first screen's; all of them if not said. */
  namespaces?: readonly Namespace[],
): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    // The screen's English lines come with its code, so it never draws a key.
    pending ??= Promise.all([load(), loadScreenCatalogs(namespaces)]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        // Forget the failure, so "Try again" fetches afresh.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  function Screen(props: P) {
    // Chosen once per mount: switching from the deferred to the loaded form would remount
    // the screen and lose what the user typed.
    const [Ready] = useState(() => loaded);
    const [attempt, setAttempt] = useState(0);
    // React keeps a failed lazy component failed: each attempt gets a fresh one.
    const Deferred = useMemo(
      () => lazy(() => preload().then((component) => ({ default: component }))),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt, a new fetch
      [attempt],
    );
    if (Ready) return <Ready {...props} />;
    return (
      <LoadFailure key={attempt} name={name} onRetry={() => setAttempt(attempt + 1)}>
        <Suspense
          fallback={
            <p className="muted screen-loading">
              {i18n.t('common:screen.opening', { name: screenName(name) })}
            </p>
          }
        >
          <Deferred {...props} />
        </Suspense>
      </LoadFailure>
    );
  }
  return { Screen, preload };
}

/**
 * Fetches the given screens' chunks once the first screen is ready and the window has
 * nothing else to do, so a later click opens them at once.
 */
export function preloadWhenIdle(
  screens: readonly Pick<LazyScreen<object>, 'preload'>[],
): () => void {
  let cancelIdle = () => {};
  const run = () => {
    for (const screen of screens) screen.preload().catch(() => {});
  };
  const cancelWait = afterFirstScreen(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: 2000 });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const timer = window.setTimeout(run, 200);
      cancelIdle = () => window.clearTimeout(timer);
    }
  });
  return () => {
    cancelWait();
    cancelIdle();
  };
}

interface LoadFailureProps {
  name: ScreenName;
  onRetry: () => void;
  children: ReactNode;
}

class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="screen-load-failure" role="alert">
        <p>{i18n.t('common:screen.failed', { name: screenName(this.props.name) })}</p>
        <button type="button" className="button" onClick={this.props.onRetry}>
          {i18n.t('common:screen.tryAgain')}
        </button>
      </div>
    );
  }
}
