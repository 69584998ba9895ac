import { Download, FolderInput, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { downloadText } from '../ui/download-text';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { JsonFileButton } from '../ui/JsonFileButton';
import './DataSection.css';

/** Where data lives, and a whole backup out and back in; a restore says what it will do first. */
export function DataSection() {
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
      <h2 id="data-title">Your data</h2>
      <p>
        Everything Unknot keeps stays on this computer. There is no account and nothing is sent
        anywhere.
      </p>
      {folder && (
        <p className="data-folder">
          <span className="muted">Data folder</span> <code>{folder}</code>
        </p>
      )}
      <p className="muted small-print">
        To keep one history on several computers, move the folder into one that Syncthing, Dropbox
        or OneDrive keeps in sync. Each computer writes its own history file, so they never clash.
      </p>
      <div className="library-tools">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const { opened } = await api().openDataFolder();
              return opened
                ? null
                : 'Your system could not open the folder; its path is shown above.';
            })
          }
        >
          <FolderOpen aria-hidden="true" size={16} /> Open folder
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => (await api().moveDataFolder()).message)}
        >
          <FolderInput aria-hidden="true" size={16} /> Move…
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const file = await api().createBackup();
              downloadText(file.fileName, file.text);
              return `Saved ${file.fileName}: settings, presets, your routines and your history.`;
            })
          }
        >
          <Download aria-hidden="true" size={16} /> Back up everything
        </button>
        <JsonFileButton
          label="Restore a backup"
          inputLabel="Restore from a backup file"
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
        title="Restore this backup?"
        body={pending?.preview ?? ''}
        cancelLabel="Cancel"
        confirmLabel="Restore"
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
