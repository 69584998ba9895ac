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
  // Where and how: a dot where the fingers work and an arrow for the stroke, on the back view,
  // and the position drawn beside the map, as for side one (not mirrored).
  const map = player.getByRole('img', { name: /^Works on: left side, shoulders/ });
  await expect(map).toHaveAccessibleName(
    /Shown: a point to press or rest on, an arrow for the stroke\.$/,
  );
  const backView = player.locator('.body-map-figures > div').nth(1);
  await expect(backView.locator('.move-marks .mark-point')).toHaveCount(1);
  await expect(backView.locator('.move-marks .mark-path.mark-stroke')).toHaveCount(1);
  const pose = player.getByRole('img', { name: /hand .* shoulder/i });
  await expect(pose).toHaveAttribute('data-pose', 'seated-hand-to-shoulder');
  await expect(pose).not.toHaveClass(/mirrored/);
  await readmeScreenshot(player, 'player-sides');

  // Two steps on, a stretch: its pull drawn as a dotted arrow, and its own position.
  await player.getByRole('button', { name: 'Next step' }).click();
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(
    player.getByRole('heading', { level: 1, name: 'Upper trapezius stretch' }),
  ).toBeVisible();
  await expect(player.locator('.move-marks .mark-path.mark-stretch')).toHaveCount(1);
  await expect(player.locator('.pose-drawing')).toHaveAttribute(
    'data-pose',
    'seated-side-neck-stretch',
  );
  await readmeScreenshot(player, 'player-move');
});
