import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useOrganisations } from '../api/get-organisations';
import { usePeople } from '../api/get-people';
import type { AdminPerson } from '../api/types';

import { ConfirmActiveDialog } from './confirm-active-dialog';
import { PersonActions } from './person-actions';
import { PersonDialog } from './person-dialog';
import { ReinviteDialog } from './reinvite-dialog';

type Open =
  { kind: 'add' } | { kind: 'edit' | 'active' | 'reinvite'; person: AdminPerson } | undefined;

/** The people the admin administers, with a way to add, change, deactivate and re-invite them. */
export function PeopleAdmin({ regionAdmin, myId }: { regionAdmin: boolean; myId: number }) {
  const { t } = useTranslation();
  const people = usePeople();
  const organisations = useOrganisations();
  const [open, setOpen] = useState<Open>();
  const close = () => {
    setOpen(undefined);
  };
  if (people.isPending || organisations.isPending) return <Loading />;
  if (people.isError)
    return <ErrorAlert title={t('adminPeople.loadFailed')} error={people.error} />;
  const orgs = organisations.data ?? [];
  return (
    <div className="stack">
      <div className="button-row">
        <Button
          type="button"
          onClick={() => {
            setOpen({ kind: 'add' });
          }}
        >
          {t('adminPeople.add')}
        </Button>
      </div>
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption>{t('adminPeople.caption', { count: people.data.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('adminPeople.fields.displayName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.fields.username')}</Table.HeaderCell>
              {regionAdmin && (
                <Table.HeaderCell>{t('adminPeople.fields.organisation')}</Table.HeaderCell>
              )}
              <Table.HeaderCell>{t('adminPeople.fields.department')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.fields.roles')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {people.data.map((person) => (
              <Table.Row key={person.id}>
                <Table.Cell>{person.displayName}</Table.Cell>
                <Table.Cell>{person.username}</Table.Cell>
                {regionAdmin && <Table.Cell>{person.organisationName}</Table.Cell>}
                <Table.Cell>{person.department}</Table.Cell>
                <Table.Cell>
                  {person.roles.map((role) => t(`adminPeople.roles.${role}`)).join(', ')}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={person.active ? 'success' : 'neutral'} data-size="sm">
                    {!person.active
                      ? t('adminPeople.deactivated')
                      : person.invitationPending
                        ? t('adminPeople.invited')
                        : t('adminPeople.active')}
                  </Tag>
                  {!person.editable && (
                    <span className="muted">
                      {' '}
                      {t('adminPeople.provisioned', { by: person.provisionedBy })}
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <PersonActions
                    person={person}
                    isMe={person.id === myId}
                    onOpen={(kind) => {
                      setOpen({ kind, person });
                    }}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {open?.kind === 'add' && (
        <PersonDialog organisations={orgs} regionAdmin={regionAdmin} onClose={close} />
      )}
      {open?.kind === 'edit' && (
        <PersonDialog
          person={open.person}
          organisations={regionAdmin ? orgs : []}
          regionAdmin={regionAdmin}
          onClose={close}
        />
      )}
      {open?.kind === 'active' && <ConfirmActiveDialog person={open.person} onClose={close} />}
      {open?.kind === 'reinvite' && <ReinviteDialog person={open.person} onClose={close} />}
    </div>
  );
}
