import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useDeactivatePerson } from '../api/deactivate-person';
import { useReactivatePerson } from '../api/reactivate-person';
import type { AdminPerson } from '../api/types';

/** Asks before deactivating someone (they are signed out at once) or letting them back in. */
export function ConfirmActiveDialog({
  person,
  onClose,
}: {
  person: AdminPerson;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deactivate = useDeactivatePerson();
  const reactivate = useReactivatePerson();
  const action = person.active ? deactivate : reactivate;
  const key = person.active ? 'deactivate' : 'reactivate';
  return (
    <FormDialog
      title={t(`adminPeople.${key}.title`, { name: person.displayName })}
      onClose={onClose}
    >
      <Paragraph>{t(`adminPeople.${key}.text`, { name: person.displayName })}</Paragraph>
      {action.error ? <ErrorAlert title={t('common.error')} error={action.error} /> : null}
      <div className="button-row">
        <Button
          type="button"
          data-color={person.active ? 'danger' : 'accent'}
          loading={action.isPending}
          onClick={() => {
            action.mutate(person.id, { onSuccess: onClose });
          }}
        >
          {t(`adminPeople.${key}.confirm`)}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </FormDialog>
  );
}
