/**
 * Lines about to be spoken, asked for before the clock gets there: the routine screen names
 * its first step's lines when the plan shows and again on Play, so the first word is already
 * decoded whether or not a count-in gives it time. The sound engine loads in its own chunk
 * and may arrive after the screen asked: the latest request waits for it.
 */
type Warmer = (lines: readonly string[]) => void;

let warmer: Warmer | null = null;
let waiting: readonly string[] | null = null;
const askListeners = new Set<() => void>();

/** What one planned step says, in order: the step's clips. */
export function linesOfStep(
  step: { intro: string; cues: readonly { text: string }[]; outro: string } | undefined,
): string[] {
  return step ? [step.intro, ...step.cues.map((cue) => cue.text), step.outro] : [];
}

export function warmUpLines(lines: readonly string[]): void {
  if (warmer) warmer(lines);
  else {
    waiting = lines;
    for (const listener of [...askListeners]) listener();
  }
}

/**
 * Runs `asked` once lines wait for an engine that is not there yet (at once if some already
 * wait): the engine loads late on purpose, and a screen that wants a voice calls it in.
 */
export function onWarmUpAsked(asked: () => void): () => void {
  if (waiting) {
    asked();
    return () => {};
  }
  askListeners.add(asked);
  return () => {
    askListeners.delete(asked);
  };
}

/** The sound engine takes the requests from here on; returns how to let go of them. */
export function takeWarmUps(next: Warmer): () => void {
  warmer = next;
  if (waiting) next(waiting);
  waiting = null;
  return () => {
    if (warmer === next) warmer = null;
  };
}
