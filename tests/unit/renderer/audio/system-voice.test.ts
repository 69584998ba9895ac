import { describe, expect, it } from 'vitest';
import { voiceFor } from '../../../../renderer/audio/system-voice';

const voices = [{ lang: 'en-US' }, { lang: 'de-AT' }, { lang: 'de-DE' }, { lang: 'es_ES' }];

describe('choosing a system voice for the language shown', () => {
  it('takes the exact locale first, else any voice of the language', () => {
    expect(voiceFor(voices, 'de-DE')).toEqual({ lang: 'de-DE' });
    expect(voiceFor(voices, 'de-CH')).toEqual({ lang: 'de-AT' });
    expect(voiceFor(voices, 'es-MX')).toEqual({ lang: 'es_ES' });
  });

  it('has none when the system speaks other languages only, so the line is a caption', () => {
    expect(voiceFor([{ lang: 'en-US' }], 'de-DE')).toBeNull();
  });

  it('leaves the choice to the system while it lists no voices yet', () => {
    expect(voiceFor([], 'de-DE')).toBeUndefined();
  });
});
