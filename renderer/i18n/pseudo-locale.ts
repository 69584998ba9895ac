import type { PostProcessorModule } from 'i18next';

/**
 * A pseudo-language for tests: every translated line accented and padded to 140 % of its
 * length, in brackets. English left on screen is then plain to see, and so is a label that
 * no longer fits. Placeholders' values come in already filled, so only the words change.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

export function pseudo(text: string): string {
  // Tags inside a line (<Trans> markup) stay as they are, so their elements still match.
  const accented = text
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<') ? part : part.replace(/[aeiouycnAEIOUYCN]/g, (l) => ACCENTED[l] ?? l),
    )
    .join('');
  // 40 % of what shows: a part for screen readers only (<hidden>) neither counts nor is padded,
  // so the padding sits before it, in the visible words.
  const visible = text.replace(/<hidden>[\s\S]*?<\/hidden>/g, '').replace(/<[^>]*>/g, '');
  const padding = '~'.repeat(Math.ceil(visible.length * 0.4));
  const hiddenAt = accented.indexOf('<hidden>');
  return hiddenAt === -1
    ? `[${accented}${padding}]`
    : `[${accented.slice(0, hiddenAt)}${padding}${accented.slice(hiddenAt)}]`;
}

export const pseudoLocalize: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  process: (value: string) => pseudo(value),
};
