import { ConfirmDialog } from '../ui/ConfirmDialog';

export function ConfirmStop(props: { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog
      {...props}
      title="Stop this routine?"
      body="The time you have done so far is kept."
      cancelLabel="Keep going"
      confirmLabel="Stop"
    />
  );
}
