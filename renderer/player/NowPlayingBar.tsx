import { Pause, Play } from 'lucide-react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/use-translation';
import { usePlayback, usePlaybackTime } from '../app/playback-context';
import { formatClock } from './playback-time';
import './NowPlayingBar.css';

/** True while a routine is counting in, playing or paused: there is something to go back to. */
export function isSessionActive(status: string | undefined): boolean {
  return status === 'counting-in' || status === 'playing' || status === 'paused';
}

/**
 * Always a way back: while a routine is active and another screen is shown, this bar sits at
 * the top of the page with the step, the time left in it, pause or resume, and a link back
 * to the player.
 */
export function NowPlayingBar() {
  const { t } = useTranslation('player');
  const { snapshot, command } = usePlayback();
  const time = usePlaybackTime(snapshot);
  if (!snapshot || !isSessionActive(snapshot.status) || !time) return null;
  const paused = snapshot.status === 'paused';
  const step = snapshot.plan?.steps[snapshot.stepIndex];
  const what =
    snapshot.status === 'counting-in' || !step ? t('nowPlayingBar.starting') : step.title;
  const toggle = () => void command(paused ? 'resume' : 'pause');
  return (
    <section className="now-playing-bar" aria-label={t('nowPlayingBar.label')}>
      <p className="now-playing-bar-text">
        <span className="muted">{snapshot.plan?.title}</span>
        <span>
          <Trans
            t={t}
            i18nKey="nowPlayingBar.timeLeft"
            values={{ time: formatClock(time.stepRemainingMs) }}
            // The step's title goes in as an element, not a value: a title typed in the
            // builder is shown as written, never read as markup.
            components={[<>{what}</>, <span className="tabular" />]}
          />
          {paused && <strong>{t('nowPlayingBar.pausedSuffix')}</strong>}
        </span>
      </p>
      <button type="button" className="button small" onClick={toggle}>
        {paused ? <Play aria-hidden="true" size={16} /> : <Pause aria-hidden="true" size={16} />}
        {paused ? t('nowPlayingBar.resume') : t('nowPlayingBar.pause')}
      </button>
      <a className="button small primary" href="#/player">
        {t('nowPlayingBar.openPlayer')}
      </a>
    </section>
  );
}
