/**
 * The words of the content, keyed, so each language can carry its own: a routine's title,
 * summary, conditions, cautions and every step's title, caption, side part and spoken lines
 * (its gentle variant's too); a technique's name, description, desk use, parameters and
 * cautions. Pure: no zod, no files, so main, the renderer and the scripts share it.
 *
 * Keys follow the English source's structure with step ids rather than positions, so adding
 * a step elsewhere in a routine does not shift another step's keys; cues and list items are
 * keyed by position, as their order is their meaning.
 */
import type { Routine, Step, Technique } from './schema';

export type ContentStrings = Record<string, string>;

type StepBody = Omit<
  Step,
  'id' | 'optional' | 'priority' | 'firm' | 'repeatable' | 'gentleVariant'
>;

function addList(into: ContentStrings, prefix: string, list: readonly string[]): void {
  list.forEach((text, index) => {
    into[`${prefix}.${index}`] = text;
  });
}

function addStepBody(into: ContentStrings, prefix: string, body: StepBody): void {
  into[`${prefix}.title`] = body.title;
  into[`${prefix}.caption`] = body.caption;
  if (body.sideWork) into[`${prefix}.sideWork.part`] = body.sideWork.part;
  into[`${prefix}.narration.intro`] = body.narration.intro;
  body.narration.cues.forEach((cue, index) => {
    into[`${prefix}.narration.cues.${index}`] = cue.text;
  });
  into[`${prefix}.narration.outro`] = body.narration.outro;
}

/** Every line of a routine a person reads or hears, by key. */
export function routineStrings(routine: Routine): ContentStrings {
  const strings: ContentStrings = { title: routine.title, summary: routine.summary };
  addList(strings, 'conditions', routine.conditions);
  addList(strings, 'cautions', routine.cautions);
  for (const step of routine.steps) {
    addStepBody(strings, `steps.${step.id}`, step);
    if (step.gentleVariant) addStepBody(strings, `steps.${step.id}.gentle`, step.gentleVariant);
  }
  return strings;
}

/** Every line of the techniques a person reads, by technique id. */
export function techniqueStrings(techniques: readonly Technique[]): ContentStrings {
  const strings: ContentStrings = {};
  for (const technique of techniques) {
    const prefix = technique.id;
    strings[`${prefix}.name`] = technique.name;
    strings[`${prefix}.description`] = technique.description;
    strings[`${prefix}.atDesk`] = technique.atDesk;
    for (const [name, text] of Object.entries(technique.parameters)) {
      strings[`${prefix}.parameters.${name}`] = text;
    }
    addList(strings, `${prefix}.cautions`, technique.cautions);
  }
  return strings;
}

function localizedBody<T extends StepBody>(body: T, prefix: string, strings: ContentStrings): T {
  const text = (key: string, english: string): string => strings[`${prefix}.${key}`] ?? english;
  return {
    ...body,
    title: text('title', body.title),
    caption: text('caption', body.caption),
    ...(body.sideWork
      ? { sideWork: { ...body.sideWork, part: text('sideWork.part', body.sideWork.part) } }
      : {}),
    narration: {
      intro: text('narration.intro', body.narration.intro),
      cues: body.narration.cues.map((cue, index) => ({
        ...cue,
        text: text(`narration.cues.${index}`, cue.text),
      })),
      outro: text('narration.outro', body.narration.outro),
    },
  };
}

/** The routine in another language: each line from `strings`, the English where one is missing. */
export function localizeRoutine(routine: Routine, strings: ContentStrings): Routine {
  const text = (key: string, english: string): string => strings[key] ?? english;
  return {
    ...routine,
    title: text('title', routine.title),
    summary: text('summary', routine.summary),
    conditions: routine.conditions.map((line, index) => text(`conditions.${index}`, line)),
    cautions: routine.cautions.map((line, index) => text(`cautions.${index}`, line)),
    steps: routine.steps.map((step) => {
      const prefix = `steps.${step.id}`;
      const localized = localizedBody(step, prefix, strings);
      return step.gentleVariant
        ? {
            ...localized,
            gentleVariant: localizedBody(step.gentleVariant, `${prefix}.gentle`, strings),
          }
        : localized;
    }),
  };
}

/** The techniques in another language, the English where a line is missing. */
export function localizeTechniques(
  techniques: readonly Technique[],
  strings: ContentStrings,
): Technique[] {
  return techniques.map((technique) => {
    const text = (key: string, english: string): string =>
      strings[`${technique.id}.${key}`] ?? english;
    return {
      ...technique,
      name: text('name', technique.name),
      description: text('description', technique.description),
      atDesk: text('atDesk', technique.atDesk),
      parameters: Object.fromEntries(
        Object.entries(technique.parameters).map(([name, line]) => [
          name,
          text(`parameters.${name}`, line),
        ]),
      ),
      cautions: technique.cautions.map((line, index) => text(`cautions.${index}`, line)),
    };
  });
}

/** Keys a translation lacks, and keys it has that the English no longer does. */
export function compareKeys(
  english: ContentStrings,
  translation: ContentStrings,
): { missing: string[]; stale: string[] } {
  return {
    missing: Object.keys(english).filter((key) => !(key in translation)),
    stale: Object.keys(translation).filter((key) => !(key in english)),
  };
}

/** The content's lines in one language other than English (content/locales/<language>/). */
export interface ContentTranslations {
  routines: ReadonlyMap<string, ContentStrings>;
  techniques: ContentStrings;
  spokenLines: ContentStrings;
}

/** The built-in content in a language: each line translated, the English where one is missing. */
export function localizeContent(
  content: { routines: readonly Routine[]; techniques: readonly Technique[] },
  translations: ContentTranslations | null,
): { routines: Routine[]; techniques: Technique[] } {
  if (!translations)
    return { routines: [...content.routines], techniques: [...content.techniques] };
  return {
    routines: content.routines.map((routine) =>
      localizeRoutine(routine, translations.routines.get(routine.id) ?? {}),
    ),
    techniques: localizeTechniques(content.techniques, translations.techniques),
  };
}
