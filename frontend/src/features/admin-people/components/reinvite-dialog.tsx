import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useReinvitePerson } from '../api/reinvite-person';
import type { AdminPerson } from '../api/types';

import { InvitationLinkView } from './invitation-link';

/** Makes a new link for a person to set their password; the old one stops working. */
export function ReinviteDialog({ person, onClose }: { person: AdminPerson; onClose: () => void }) {
  const { t } = useTranslation();
  const reinvite = useReinvitePerson();
  return (
    <FormDialog
      title={t('adminPeople.reinvite.title', { name: person.displayName })}
      onClose={onClose}
    >
      {reinvite.data ? (
        <InvitationLinkView name={person.displayName} link={reinvite.data} />
      ) : (
        <>
          <Paragraph>{t('adminPeople.reinvite.text')}</Paragraph>
          {reinvite.error ? <ErrorAlert title={t('common.error')} error={reinvite.error} /> : null}
          <div className="button-row">
            <Button
              type="button"
              loading={reinvite.isPending}
              onClick={() => {
                reinvite.mutate(person.id);
              }}
            >
              {t('adminPeople.reinvite.confirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
    </FormDialog>
  );
}
