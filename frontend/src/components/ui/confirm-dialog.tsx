import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from './error-alert';

interface ConfirmDialogProps {
  title: string;
  text: string;
  /** The danger button's label, saying what it does ("Revoke", "Delete"). */
  confirm: string;
  /** What the error alert says failed. */
  failed: string;
  error?: unknown;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone; closes with Escape, a click outside or Cancel. */
export function ConfirmDialog({
  title,
  text,
  confirm,
  failed,
  error,
  pending,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog
      open
      modal
      closeButton={t('common.close')}
      closedby="any"
      onClose={onClose}
      aria-labelledby={`${id}-title`}
    >
      <div className="stack">
        <Heading level={2} data-size="xs" id={`${id}-title`}>
          {title}
        </Heading>
        <Paragraph style={{ overflowWrap: 'anywhere' }}>{text}</Paragraph>
        {error ? <ErrorAlert title={failed} error={error} /> : null}
        <div className="button-row">
          <Button data-color="danger" loading={pending} onClick={onConfirm}>
            {confirm}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
