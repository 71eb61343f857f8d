import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { AdminPerson } from '../api/types';

interface PersonActionsProps {
  person: AdminPerson;
  /** The admin themself, who does not deactivate themself. */
  isMe: boolean;
  onOpen: (kind: 'edit' | 'reinvite' | 'active') => void;
}

/**
 * What an admin may do to a person in the table: change them and make a new invitation link (if
 * CivicLab owns them and they are active), and deactivate or reactivate them.
 */
export function PersonActions({ person, isMe, onOpen }: PersonActionsProps) {
  const { t } = useTranslation();
  const name = person.displayName;
  const owned = person.editable && person.active;
  return (
    <div className="button-row">
      {owned && (
        <Button
          type="button"
          data-size="sm"
          variant="secondary"
          aria-label={t('adminPeople.editLabel', { name })}
          onClick={() => {
            onOpen('edit');
          }}
        >
          {t('adminPeople.editShort')}
        </Button>
      )}
      {owned && (
        <Button
          type="button"
          data-size="sm"
          variant="tertiary"
          aria-label={t('adminPeople.reinvite.label', { name })}
          onClick={() => {
            onOpen('reinvite');
          }}
        >
          {t('adminPeople.reinvite.short')}
        </Button>
      )}
      {!isMe && (
        <Button
          type="button"
          data-size="sm"
          variant="tertiary"
          aria-label={t(
            person.active ? 'adminPeople.deactivate.label' : 'adminPeople.reactivate.label',
            { name },
          )}
          onClick={() => {
            onOpen('active');
          }}
        >
          {person.active ? t('adminPeople.deactivate.short') : t('adminPeople.reactivate.short')}
        </Button>
      )}
    </div>
  );
}
