import { describe, expect, it } from 'vitest';
import { pseudo } from '../../../../renderer/i18n/pseudo-locale';

describe('the pseudo-language', () => {
  it('accents a line and makes it 40 % longer, in brackets', () => {
    expect(pseudo('Play')).toBe('[Pláý~~]');
  });

  it('leaves markup alone, and pads only the words that show', () => {
    expect(pseudo('Start<hidden> Neck</hidden>')).toBe('[Stárt~~<hidden> Ñéçk</hidden>]');
    expect(pseudo('<0/> · <1>5 min</1> left')).toBe('[<0/> · <1>5 míñ</1> léft~~~~~~]');
  });
});
