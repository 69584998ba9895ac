import { api } from '../app/api';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { downloadText } from '../ui/download-text';

/** Saves a routine as `<id>.json`, the same format as content/routines and import. */
export async function exportRoutine(id: string): Promise<void> {
  const routine = await api().getRoutine({ id });
  downloadText(`${routine.id}.json`, `${JSON.stringify(routine, null, 2)}\n`);
}

/** Sends a chosen file's text to main, which checks it and explains what is wrong. */
export async function importRoutineFile(file: File): Promise<{ title: string; renamed: boolean }> {
  const mb = file.size / (1024 * 1024);
  // Main also refuses these; reading 100 MB into memory first would just make the user wait.
  if (mb > 8) {
    const size = formatNumber(mb, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    throw new Error(i18n.t('library:routineFiles.tooLarge', { size }));
  }
  const { routine, renamed } = await api().importRoutine({ text: await file.text() });
  return { title: routine.title, renamed };
}
