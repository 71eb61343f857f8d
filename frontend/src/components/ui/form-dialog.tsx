import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  title: string;
  /** What the form is about, e.g. the idea's reference and title. */
  subtitle?: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog around a form: its heading names the dialog; Escape or Close leaves it. */
export function FormDialog({ title, subtitle, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog
      open
      modal
      closedby="closerequest"
      closeButton={t('common.close')}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="form-dialog"
    >
      <div className="stack">
        <Heading level={2} data-size="sm" id={`${id}-title`}>
          {title}
        </Heading>
        {subtitle && (
          <Paragraph data-size="sm" className="muted">
            {subtitle}
          </Paragraph>
        )}
        {children}
      </div>
    </Dialog>
  );
}
