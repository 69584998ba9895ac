import { Download, FolderInput, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { downloadText } from '../ui/download-text';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { JsonFileButton } from '../ui/JsonFileButton';
import './DataSection.css';

/** Where data lives, and a whole backup out and back in; a restore says what it will do first. */
export function DataSection() {
  const { t } = useTranslation('settings');
  // Without it the folder's path is simply not shown; "Open folder" still works.
  const folder = useMainData(() => api().getDataFolder()).data?.path ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ text: string; preview: string } | null>(null);

  const run = async (action: () => Promise<string | null>) => {
    try {
      setMessage(await action());
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
      setMessage(null);
    }
  };

  return (
    <section className="card settings-group" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataSection.title')}</h2>
      <p>{t('dataSection.intro')}</p>
      {folder && (
        <p className="data-folder">
          <span className="muted">{t('dataSection.folder')}</span> <code>{folder}</code>
        </p>
      )}
      <p className="muted small-print">{t('dataSection.syncNote')}</p>
      <div className="library-tools">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const { opened } = await api().openDataFolder();
              return opened ? null : t('dataSection.couldNotOpen');
            })
          }
        >
          <FolderOpen aria-hidden="true" size={16} /> {t('dataSection.openFolder')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => (await api().moveDataFolder()).message)}
        >
          <FolderInput aria-hidden="true" size={16} /> {t('dataSection.move')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const file = await api().createBackup();
              downloadText(file.fileName, file.text);
              return t('dataSection.saved', { fileName: file.fileName });
            })
          }
        >
          <Download aria-hidden="true" size={16} /> {t('dataSection.backUp')}
        </button>
        <JsonFileButton
          label={t('dataSection.restore')}
          inputLabel={t('dataSection.restoreInput')}
          onFile={(file) =>
            void run(async () => {
              const text = await file.text();
              const { message: preview } = await api().restoreBackup({ text, apply: false });
              setPending({ text, preview });
              return null;
            })
          }
        />
      </div>
      {(message || error) && (
        <p className={error ? 'field-error' : 'notice'} role={error ? 'alert' : 'status'}>
          {error ?? message}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('dataSection.confirmTitle')}
        body={pending?.preview ?? ''}
        cancelLabel={t('dataSection.cancel')}
        confirmLabel={t('dataSection.confirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const text = pending?.text;
          setPending(null);
          if (text) {
            void run(async () => (await api().restoreBackup({ text, apply: true })).message);
          }
        }}
      />
    </section>
  );
}
