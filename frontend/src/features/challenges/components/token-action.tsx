import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../lib/api-error';

import { CitizenError } from './citizen-error';

interface TokenActionProps {
  title: string;
  intro: string;
  action: string;
  pending: boolean;
  error: unknown;
  /** What is said once it is done; none while it is not. */
  done: ReactNode;
  onAct: () => void;
}

/**
 * A mail's link lands here and acts only on the person's click: mail scanners follow links,
 * and a page that confirmed or erased when it was read would do so for them.
 */
export function TokenAction({
  title,
  intro,
  action,
  pending,
  error,
  done,
  onAct,
}: TokenActionProps) {
  const { t } = useTranslation();
  const result = useRef<HTMLDivElement>(null);
  const settled = Boolean(done) || Boolean(error);
  useEffect(() => {
    if (settled) result.current?.focus();
  }, [settled]);
  const used = isApiError(error, 404) || isApiError(error, 410) || isApiError(error, 409);
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <div ref={result} tabIndex={-1}>
        {done ? (
          <Alert data-color="success">{done}</Alert>
        ) : used ? (
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              {t('citizens.linkUsedTitle')}
            </Heading>
            <Paragraph>{t('citizens.linkUsed')}</Paragraph>
          </Alert>
        ) : (
          error !== null &&
          error !== undefined && <CitizenError error={error} title={t('common.error')} />
        )}
      </div>
      {!done && !used && (
        <>
          <Paragraph>{intro}</Paragraph>
          <div className="button-row">
            <Button loading={pending} onClick={onAct}>
              {action}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
