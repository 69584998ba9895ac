import { expect, readmeScreenshot, test } from './fixtures';

test('the player says which side and which hand in one way: badge, caption and body map agree', async ({
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.getByRole('button', { name: 'Start Neck and shoulders' }).click();
  await player.getByRole('button', { name: 'Pause' }).click();
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Shoulder kneading' })).toBeVisible();

  await expect(player.getByText('Left shoulder · use your right hand')).toBeVisible();
  await expect(player.getByTestId('caption')).toContainText('left shoulder');
  await expect(player.getByRole('img', { name: /^Works on: left side, shoulders/ })).toBeVisible();
  // Only the left half of the shoulders is lit: one lit copy per drawing, clipped to a half.
  const lit = player.locator('.body-map [data-area="shoulders"][data-lit]');
  await expect(lit).toHaveCount(2);
  for (const half of await lit.all()) {
    await expect(half).toHaveAttribute('clip-path', /url\(#/);
  }
  await readmeScreenshot(player, 'player-sides');
});
