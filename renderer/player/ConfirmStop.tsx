import { useTranslation } from '../i18n/use-translation';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export function ConfirmStop(props: { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('player');
  return (
    <ConfirmDialog
      {...props}
      title={t('confirmStop.title')}
      body={t('confirmStop.body')}
      cancelLabel={t('confirmStop.cancel')}
      confirmLabel={t('confirmStop.confirm')}
    />
  );
}
