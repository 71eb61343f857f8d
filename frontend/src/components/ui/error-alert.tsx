import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../lib/api-error';

interface ErrorAlertProps {
  /** What failed, in the user's words, e.g. "The board could not be loaded." */
  title: string;
  error?: unknown;
  /** Says this instead of what the server said. */
  message?: string;
  headingLevel?: 2 | 3 | 4;
}

/** Says what failed and what the server said about it (for a refusal, why). */
export function ErrorAlert({ title, error, message, headingLevel = 2 }: ErrorAlertProps) {
  const { t } = useTranslation();
  let detail: string = message ?? t('common.error');
  if (message === undefined && isApiError(error)) {
    // A refusal says why, as the server put it, after saying that it is one.
    detail =
      error.status === 403
        ? [t('common.forbidden'), error.detail].filter(Boolean).join(' ')
        : (error.detail ?? error.message);
  }
  return (
    <Alert data-color="danger">
      <Heading level={headingLevel} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{detail}</Paragraph>
    </Alert>
  );
}
