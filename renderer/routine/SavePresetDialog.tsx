import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../app/api';

/** Names a preset; main keeps it with the settings. */
export function SavePresetDialog({
  open,
  defaultName,
  onCancel,
  onSave,
}: {
  open: boolean;
  defaultName: string;
  onCancel: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation('routine');
  const ref = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setName(defaultName);
      setError(null);
      dialog.showModal();
      // Not autoFocus: React would focus it as the screen first draws, with the dialog shut.
      nameField.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, defaultName]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="preset-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) {
            setError(t('savePresetDialog.nameMissing'));
            return;
          }
          onSave(trimmed).catch((failure: unknown) => setError(errorMessage(failure)));
        }}
      >
        <h2 id="preset-title">{t('savePresetDialog.title')}</h2>
        <p>{t('savePresetDialog.intro')}</p>
        <label className="field">
          <span>{t('savePresetDialog.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            ref={nameField}
          />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('savePresetDialog.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('savePresetDialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
