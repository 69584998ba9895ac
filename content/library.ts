import { RoutineSchema, TechniqueSchema, type Routine, type Technique } from './schema';
import techniquesJson from './techniques.json';

/**
 * The built-in content, bundled at build time (Vite's glob import) so the main process and
 * the tests read the same files without touching the disk at run time.
 */
const routineFiles = import.meta.glob<unknown>('./routines/*.json', {
  eager: true,
  import: 'default',
});

function parseRoutines(files: Record<string, unknown>): Routine[] {
  return Object.entries(files)
    .map(([file, json]) => {
      const result = RoutineSchema.safeParse(json);
      if (!result.success) {
        throw new Error(`Built-in routine ${file} is invalid: ${result.error.message}`);
      }
      const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
      if (result.data.id !== expectedId) {
        throw new Error(
          `Built-in routine ${file} has id "${result.data.id}", expected "${expectedId}"`,
        );
      }
      return result.data;
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

export const builtInRoutines: readonly Routine[] = parseRoutines(routineFiles);

export const techniques: readonly Technique[] = TechniqueSchema.array().parse(techniquesJson);

export function findTechnique(id: Technique['id']): Technique {
  const technique = techniques.find((t) => t.id === id);
  if (!technique) throw new Error(`Unknown technique ${id}`);
  return technique;
}
