import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';

/**
 * Why a citizen's request failed: too many in a short time (429, with when to try again), or
 * what the server said.
 */
export function CitizenError({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  if (isApiError(error, 429)) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return (
      <ErrorAlert
        title={t('citizens.throttledTitle')}
        message={t('citizens.throttled', { count: minutes })}
        headingLevel={3}
      />
    );
  }
  return <ErrorAlert title={title} error={error} headingLevel={3} />;
}
