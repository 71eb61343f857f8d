import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A spinner with an accessible name, for content on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <Spinner aria-label={t('common.loading')} />
    </div>
  );
}
