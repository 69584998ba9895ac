/** "3 min", "12 min", "45 s": lengths as a person says them. */
export function formatLength(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} min`;
}
