import { RoutineSchema, TechniqueSchema, type Routine, type Technique } from './schema';

/**
 * Turns routine files into validated routines. Pure: the caller reads the files (main from
 * the app's resources, tests from the repository), so content/ stays free of I/O.
 */
export interface RoutineFile {
  /** File name, e.g. "neck-and-shoulders.json"; the routine id must match it. */
  name: string;
  json: unknown;
}

export function parseBuiltInRoutines(files: readonly RoutineFile[]): Routine[] {
  return files
    .map(({ name, json }) => {
      const result = RoutineSchema.safeParse(json);
      if (!result.success) {
        throw new Error(`Built-in routine ${name} is invalid: ${result.error.message}`);
      }
      const expectedId = name.replace(/\.json$/, '');
      if (result.data.id !== expectedId) {
        throw new Error(
          `Built-in routine ${name} has id "${result.data.id}", expected "${expectedId}"`,
        );
      }
      return result.data;
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function parseTechniques(json: unknown): Technique[] {
  return TechniqueSchema.array().parse(json);
}
