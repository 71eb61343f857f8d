import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface FormError {
  /** The id of the field at fault, for the link that takes the user there. */
  fieldId: string;
  label: string;
  message: string;
}

/**
 * Lists the fields at fault above a form, each a link to its field. Designsystemet's element
 * takes the focus when it appears, so screen-reader and keyboard users learn at once what to fix.
 */
export function FormErrorSummary({ errors }: { errors: FormError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) {
    return null;
  }
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('common.fixFields')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.fieldId}>
            <ErrorSummary.Link href={`#${error.fieldId}`}>
              {t('common.fieldError', { label: error.label, message: error.message })}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
