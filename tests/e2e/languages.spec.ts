import fs from 'node:fs';
import { expect, readmeScreenshot, test } from './fixtures';

/**
 * Unknot in the system's language: German and Spanish from the first screen to the player's
 * captions, with dates and numbers in the locale's own form.
 */
const content = (language: string, file: string) =>
  (
    JSON.parse(fs.readFileSync(`content/locales/${language}/${file}`, 'utf8')) as {
      strings: Record<string, string>;
    }
  ).strings;

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the library, a routine and its captions are in German', async ({ app, player }) => {
    await app.services.settings.update({ countIn: false });
    const reset = content('de', 'routines/three-minute-reset.json');
    const nav = player.getByRole('navigation', { name: 'Hauptmenü' });
    await expect(nav.getByRole('link', { name: 'Bibliothek' })).toBeVisible();
    await expect(player.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeVisible();
    await expect(player.locator('html')).toHaveAttribute('lang', 'de');
    await readmeScreenshot(player, 'library-de');

    await player.getByRole('button', { name: `Starten: ${reset.title}` }).click();
    const first = app.services.playback.snapshot().plan!.steps[0]!;
    await expect(player.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    expect(first.title).toBe(reset[`steps.${first.stepId}.title`]);
    // The first line is said (by the system voice, or shown alone where there is none) in German.
    await expect(player.getByTestId('caption')).toHaveText(
      reset[`steps.${first.stepId}.narration.intro`]!,
      { timeout: 10_000 },
    );
    await readmeScreenshot(player, 'player-de');
  });
  test('says when the system has no German voice, so the guidance shows as captions', async ({
    player,
  }) => {
    // A system whose only voice speaks English, as on many English-language installs.
    await player.addInitScript(() => {
      const voices = [{ lang: 'en-US', name: 'English', default: true, localService: true }];
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => voices });
    });
    await player.reload();
    const reset = content('de', 'routines/three-minute-reset.json');
    await player.getByRole('link', { name: `Details zu ${reset.title}` }).click();
    await expect(player.getByRole('heading', { level: 1, name: reset.title })).toBeVisible();
    await readmeScreenshot(player, 'routine-de');
    await expect(player.getByRole('note')).toHaveText(
      'Dieser Computer hat keine Stimme für Deutsch, deshalb erscheint die Anleitung als Untertitel. Eine Stimme lässt sich in den Spracheinstellungen des Systems hinzufügen.',
    );
  });

  test('says nothing about voices when the system has a German one', async ({ player }) => {
    await player.addInitScript(() => {
      const voices = [
        { lang: 'en-US', name: 'English', default: true, localService: true },
        { lang: 'de-DE', name: 'Deutsch', default: false, localService: true },
      ];
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => voices });
    });
    await player.reload();
    const reset = content('de', 'routines/three-minute-reset.json');
    await player.getByRole('link', { name: `Details zu ${reset.title}` }).click();
    await expect(player.getByRole('heading', { level: 1, name: reset.title })).toBeVisible();
    await expect(player.getByRole('button', { name: /^Starten/ })).toBeVisible();
    await expect(player.getByRole('note')).toHaveCount(0);
  });
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the library filters by body area in Spanish words', async ({ player }) => {
    await expect(player.getByRole('heading', { level: 1, name: 'Biblioteca' })).toBeVisible();
    await player.getByLabel('Zona del cuerpo').selectOption({ label: 'Cuello' });
    await expect(player.getByText(/^\d+ de 18 rutinas$/)).toBeVisible();
    const titles = await player.getByRole('article').getByRole('heading').allTextContents();
    const neck = content('es', 'routines/neck-and-shoulders.json');
    expect(titles).toContain(neck.title);
    await readmeScreenshot(player, 'library-es');
  });

  test('a routine’s screen and its player are in Spanish', async ({ app, player }) => {
    await app.services.settings.update({ countIn: false });
    const neck = content('es', 'routines/neck-and-shoulders.json');
    await player.getByRole('link', { name: `Detalles de ${neck.title}` }).click();
    await expect(player.getByRole('heading', { level: 1, name: neck.title })).toBeVisible();
    await expect(player.getByText(neck.summary!)).toBeVisible();
    await readmeScreenshot(player, 'routine-es');
    await player.getByRole('button', { name: /^Empezar/ }).click();
    const first = app.services.playback.snapshot().plan!.steps[0]!;
    await expect(player.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    expect(first.title).toBe(neck[`steps.${first.stepId}.title`]);
    await expect(player.getByTestId('caption')).toHaveText(
      neck[`steps.${first.stepId}.narration.intro`]!,
      { timeout: 10_000 },
    );
    await readmeScreenshot(player, 'player-es');
  });

  test('history dates and weeks follow the Spanish calendar', async ({ app, player }) => {
    const at = Date.now() - 3_600_000;
    app.services.journal.started({
      sessionId: 'es-1',
      routineId: 'neck-and-shoulders',
      title: 'Neck and shoulders',
      plannedSeconds: 300,
      startedAt: at,
    });
    app.services.journal.ended({
      sessionId: 'es-1',
      status: 'completed',
      stepIndex: 6,
      stepsDone: [],
      completedSeconds: 300,
      at: at + 300_000,
    });
    await player.getByRole('link', { name: 'Historial' }).first().click();
    await expect(player.getByRole('heading', { level: 1, name: 'Historial' })).toBeVisible();
    const weeks = player.getByRole('region', { name: 'Sesiones' }).getByRole('group');
    await expect(weeks.first()).toHaveAccessibleName('Esta semana');
    // As Spanish writes a day: "mar, 2 dic, 10:00", never "Tue, Dec 2".
    const spanish = new Intl.DateTimeFormat('es-ES', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
    await expect(player.locator('.session-date').first()).toHaveText(spanish);
    await expect(weeks.first().locator('.session-row').first()).toContainText('5 min');
    await readmeScreenshot(player, 'history-es');
  });
});
