import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Says that a link is on its way to the address given, and takes the focus so it is heard. */
export function CheckYourMail({ message }: { message: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert data-color="success" ref={ref} tabIndex={-1}>
      <Heading level={3} data-size="xs">
        {t('citizens.checkMail')}
      </Heading>
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
