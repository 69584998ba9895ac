import { useEffect, useRef } from 'react';

/** "Stop this routine?" as a real modal dialog: focus moves in, Esc cancels. */
export function ConfirmStop({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="stop-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="stop-title">Stop this routine?</h2>
      <p>The time you have done so far is kept.</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Keep going
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          Stop
        </button>
      </div>
    </dialog>
  );
}
