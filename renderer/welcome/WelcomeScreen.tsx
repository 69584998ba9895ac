import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback } from '../app/playback-context';
import { hrefOf } from '../app/route';
import { useSettings } from '../app/settings-context';
import { AreasStep } from './AreasStep';
import { SafetyStep } from './SafetyStep';
import { StartStep } from './StartStep';

const FIRST_ROUTINE = 'three-minute-reset';

/**
 * First run, in three short steps: the safety notes, where it hurts and a weekly goal
 * (skippable), then the three-minute reset or the library. Shown once; Settings can bring it
 * back. Each step fits a small window with its buttons in view.
 */
export function WelcomeScreen() {
  const { t } = useTranslation('welcome');
  const { settings, update } = useSettings();
  const { error } = usePlayback();
  const begin = useBeginRoutine();
  // The confirmation lives here, so going back to step 1 finds it still ticked.
  const [read, setRead] = useState(false);
  const [step, setStep] = useState<1 | 2 | 3>(1);
  // Focus follows the user from step to step, but is left alone when the window first opens.
  const [moved, setMoved] = useState(false);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!settings) return null;

  const go = (next: 1 | 2 | 3) => {
    setMoved(true);
    setStep(next);
  };

  const lookAround = async () => {
    setStarting(true);
    window.location.hash = hrefOf({ name: 'library' });
    await update({ firstRunDone: true });
  };

  // The routine starts while the welcome is still up, and the player is the address before
  // the welcome goes: the first screen after it is the routine playing, with no library (or
  // pain question: the first start has nothing to compare with) in between.
  const start = async () => {
    setStarting(true);
    setFailed(false);
    if (!(await begin({ routineId: FIRST_ROUTINE }, { checkIn: false }))) {
      setStarting(false);
      setFailed(true);
      return;
    }
    window.location.hash = hrefOf({ name: 'player' });
    await update({ firstRunDone: true });
  };

  switch (step) {
    case 1:
      return (
        <SafetyStep read={read} onRead={setRead} onContinue={() => go(2)} focusHeading={moved} />
      );
    case 2:
      return <AreasStep onBack={() => go(1)} onNext={() => go(3)} focusHeading={moved} />;
    case 3:
      return (
        <StartStep
          onBack={() => go(2)}
          onStart={() => void start()}
          onLookAround={() => void lookAround()}
          starting={starting}
          error={failed ? (error ?? t('welcomeScreen.tryAgain')) : null}
          focusHeading={moved}
        />
      );
  }
}
