/**
 * The lengths a step's picker offers, from its least to its most: every 15 s up to 5 min,
 * every 30 s up to 10 min, then whole minutes, plus both ends and the current length, so the
 * picker only ever offers what the step can be and always shows what it is.
 */
export function stepLengthOptions(min: number, max: number, current: number): number[] {
  const out = new Set<number>([min, max, Math.min(max, Math.max(min, current))]);
  for (let s = Math.ceil(min / 15) * 15; s <= max;) {
    out.add(s);
    s += s < 300 ? 15 : s < 600 ? 30 : 60;
    if (s > 600) s = Math.ceil(s / 60) * 60;
  }
  return [...out].filter((s) => s >= min && s <= max).sort((a, b) => a - b);
}
