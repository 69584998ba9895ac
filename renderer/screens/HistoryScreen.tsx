import { History } from 'lucide-react';

/** Session history is recorded once the player lands; until then the screen says so plainly. */
export function HistoryScreen() {
  return (
    <section aria-labelledby="history-title" className="screen">
      <header className="screen-header">
        <h1 id="history-title">History</h1>
        <p className="lede">Your sessions, how long you practised, and how your pain changed.</p>
      </header>
      <div className="card empty-state">
        <History aria-hidden="true" size={32} strokeWidth={1.25} />
        <h2>No sessions yet</h2>
        <p>When you finish or stop a routine, it appears here with your pain before and after.</p>
        <a className="button" href="#/library">
          Browse routines
        </a>
      </div>
    </section>
  );
}
