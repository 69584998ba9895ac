import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../../renderer/i18n/i18n';
import { sideBadge } from '../../../../renderer/i18n/format';

afterEach(async () => {
  await changeLanguage('en', 'en');
});

/**
 * "Left side" beside "reach your left hand across to your right shoulder" leaves a foggy
 * mind unsure which shoulder to work: the badge names the part and the hand.
 */
describe('side badge', () => {
  it('names the part and, when the other hand works, that hand', () => {
    const work = { sideWork: { part: 'shoulder', otherHand: true } };
    expect(sideBadge(work, 'left')).toBe('Left shoulder · use your right hand');
    expect(sideBadge(work, 'right')).toBe('Right shoulder · use your left hand');
    expect(sideBadge({ sideWork: { part: 'side of your neck' } }, 'left')).toBe(
      'Left side of your neck',
    );
    expect(sideBadge({}, 'right')).toBe('Right side');
  });

  it('puts the side where the language puts it, and starts the badge with a capital', async () => {
    await changeLanguage('de', 'de-DE');
    expect(sideBadge({ sideWork: { part: 'Schulter', otherHand: true } }, 'left')).toBe(
      'Schulter links · nimm die rechte Hand',
    );
    expect(sideBadge({}, 'right')).toBe('Rechte Seite');
  });
});
