import { adminPersonRolesValues } from '@api/schema';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec, type FormValues } from '../../../components/ui/record-form';
import { useCreatePerson } from '../api/create-person';
import type { AdminOrganisation, AdminPerson, AdminRole } from '../api/types';
import { useUpdatePerson } from '../api/update-person';

import { InvitationLinkView } from './invitation-link';

interface PersonDialogProps {
  /** The person to change; none to add one. */
  person?: AdminPerson;
  /** The organisations the admin may put people in: a choice only when there are several. */
  organisations: AdminOrganisation[];
  /** Whether the admin may give the region's admin role. */
  regionAdmin: boolean;
  onClose: () => void;
}

function rolesOf(value: string | undefined): AdminRole[] {
  const chosen = (value ?? '').split(',');
  return adminPersonRolesValues.filter((role) => chosen.includes(role));
}

/** The field if it was filled in; an empty one is left out (the server clears it). */
function filled<K extends string>(name: K, value: string | undefined): Partial<Record<K, string>> {
  const text = value?.trim();
  return text ? ({ [name]: text } as Record<K, string>) : {};
}

/**
 * Adds a person (then shows their invitation link, once) or changes one: name, e-mail,
 * department, roles, and for a region's admin the organisation.
 */
export function PersonDialog({ person, organisations, regionAdmin, onClose }: PersonDialogProps) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const roles = adminPersonRolesValues.filter((role) => regionAdmin || role !== 'REGION_ADMIN');
  const fields: FieldSpec[] = [
    ...(person
      ? []
      : [
          {
            name: 'username',
            label: t('adminPeople.fields.username'),
            description: t('adminPeople.fields.usernameHint'),
            required: true,
          },
        ]),
    { name: 'displayName', label: t('adminPeople.fields.displayName'), required: true },
    { name: 'email', label: t('adminPeople.fields.email') },
    { name: 'department', label: t('adminPeople.fields.department') },
    {
      name: 'roles',
      label: t('adminPeople.fields.roles'),
      kind: 'checkboxes',
      required: true,
      options: roles.map((role) => ({ value: role, label: t(`adminPeople.roles.${role}`) })),
    },
    ...(organisations.length > 1
      ? [
          {
            name: 'organisationId',
            label: t('adminPeople.fields.organisation'),
            kind: 'radio' as const,
            options: organisations.map((o) => ({ value: String(o.id), label: o.name })),
          },
        ]
      : []),
  ];
  const initial: FormValues = person
    ? {
        displayName: person.displayName,
        email: person.email ?? '',
        department: person.department ?? '',
        roles: person.roles.join(','),
        organisationId: String(person.organisationId),
      }
    : { roles: 'INTRAPRENEUR', organisationId: String(organisations[0]?.id ?? '') };

  function submit(values: FormValues) {
    const common = {
      displayName: values.displayName ?? '',
      ...filled('email', values.email),
      ...filled('department', values.department),
      roles: rolesOf(values.roles),
      ...(values.organisationId ? { organisationId: Number(values.organisationId) } : {}),
    };
    if (person) {
      update.mutate(
        { personId: person.id, change: { ...common, version: person.version } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate({ ...common, username: (values.username ?? '').trim() });
    }
  }

  const invited = create.data;
  return (
    <FormDialog
      title={person ? t('adminPeople.edit', { name: person.displayName }) : t('adminPeople.add')}
      onClose={onClose}
    >
      {invited ? (
        <InvitationLinkView name={invited.person.displayName} link={invited.invitation} />
      ) : (
        <RecordForm
          fields={fields}
          initial={initial}
          submitLabel={person ? t('adminPeople.save') : t('adminPeople.addSubmit')}
          pending={create.isPending || update.isPending}
          error={person ? update.error : create.error}
          onSubmit={submit}
          onCancel={onClose}
        />
      )}
    </FormDialog>
  );
}
