import { HeartHandshake, Play, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { AvoidAreas } from '../ui/AvoidAreas';
import { RED_FLAGS } from '../../content/red-flags';
import { HealthQuestions } from '../ui/HealthQuestions';
import { useBeginRoutine } from '../app/check-in-context';
import { WeeklyGoal } from '../ui/WeeklyGoal';
import { useSettings } from '../app/settings-context';
import './WelcomeScreen.css';

/**
 * First run: what Unknot is, the red flags to read before any hands-on work, areas to avoid
 * and a weekly goal, then the three-minute reset. Shown once; Settings can bring it back.
 */
export function WelcomeScreen() {
  const { settings, update } = useSettings();
  const begin = useBeginRoutine();
  const [read, setRead] = useState(false);
  if (!settings) return null;

  const finish = async (thenPlay: boolean) => {
    await update({ firstRunDone: true });
    if (thenPlay && (await begin({ routineId: 'three-minute-reset' })))
      window.location.hash = '#/player';
    else window.location.hash = '#/library';
  };

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <header className="screen-header">
        <p className="brand welcome-brand" aria-hidden="true">
          <span className="brand-mark" /> Unknot
        </p>
        <h1 id="welcome-title">Welcome</h1>
        <p className="lede">
          Unknot guides you through short self-massage, stretching and breathing routines at your
          desk, with a calm voice, captions and a small timer. It is for comfort and relief; it does
          not replace your clinician.
        </p>
      </header>

      <section className="card safety" aria-labelledby="safety-title">
        <h2 id="safety-title">
          <TriangleAlert aria-hidden="true" size={20} /> Before you start: when not to use it
        </h2>
        <p>
          Talk to your doctor or physiotherapist first, and do not work on the area, if any of these
          apply:
        </p>
        <ul>
          {RED_FLAGS.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
        <p>
          During any routine, stop if something is sharp, or if you feel numbness or tingling. Each
          routine lists its own cautions.
        </p>
        <label className="toggle">
          <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} />
          <span>
            I have read this, and will stop or ask my clinician when something is not right.
          </span>
        </label>
      </section>

      <section className="card settings-group" aria-labelledby="welcome-areas-title">
        <h2 id="welcome-areas-title">
          <HeartHandshake aria-hidden="true" size={20} /> Make it yours
        </h2>
        <HealthQuestions
          legend="A few questions, so routines leave out what is not safe for you"
          settings={settings}
          update={update}
        />
        <AvoidAreas
          legend="Areas to avoid for now (a recent injury, say)"
          value={settings.avoidAreas}
          onChange={(avoidAreas) => void update({ avoidAreas })}
        />
        <WeeklyGoal label="A weekly goal: days a week" inline />
        <p className="muted small-print">
          Rest days are part of it; a missed day never breaks your streak.
        </p>
      </section>

      <div className="overview-actions">
        <button
          type="button"
          className="button primary large"
          disabled={!read}
          onClick={() => void finish(true)}
        >
          <Play aria-hidden="true" size={20} /> Start the three-minute reset
        </button>
        <button
          type="button"
          className="button large"
          disabled={!read}
          onClick={() => void finish(false)}
        >
          Go to the library
        </button>
      </div>
      {!read && <p className="muted">Tick the box above to go on.</p>}
    </main>
  );
}
