import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec, type FormValues } from '../../../components/ui/record-form';
import { useCreateOrganisation } from '../api/create-organisation';
import type { AdminOrganisation } from '../api/types';
import { useUpdateOrganisation } from '../api/update-organisation';

import { LANGUAGES } from './languages';

/** A number of days if one was given; left out, the installation's default applies. */
function days<K extends string>(name: K, value: string | undefined): Partial<Record<K, number>> {
  return value?.trim() ? ({ [name]: Number(value) } as Record<K, number>) : {};
}

interface OrganisationDialogProps {
  /** The organisation to change; none to add one (a region's admin). */
  organisation?: AdminOrganisation;
  /** The installation's times, shown as the defaults. */
  defaults: { screening: number; benefit: number };
  onClose: () => void;
}

/** An organisation's name, default language, currency and pipeline times. */
export function OrganisationDialog({ organisation, defaults, onClose }: OrganisationDialogProps) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const fields: FieldSpec[] = [
    { name: 'name', label: t('adminPeople.organisations.name'), required: true },
    {
      name: 'defaultLanguage',
      label: t('adminPeople.organisations.language'),
      kind: 'radio',
      required: true,
      options: LANGUAGES.map((language) => ({
        value: language,
        label: t(`adminPeople.languages.${language}`),
      })),
    },
    {
      name: 'currency',
      label: t('adminPeople.organisations.currency'),
      description: t('adminPeople.organisations.currencyHint'),
      required: true,
    },
    {
      name: 'screeningEscalationDays',
      label: t('adminPeople.organisations.screeningEscalation'),
      description: t('adminPeople.organisations.defaultDays', { count: defaults.screening }),
      kind: 'number',
      min: 1,
    },
    {
      name: 'benefitReviewDays',
      label: t('adminPeople.organisations.benefitReview'),
      description: t('adminPeople.organisations.defaultDays', { count: defaults.benefit }),
      kind: 'number',
      min: 1,
    },
  ];
  const initial: FormValues = organisation
    ? {
        name: organisation.name,
        defaultLanguage: organisation.defaultLanguage,
        currency: organisation.currency,
        screeningEscalationDays: organisation.screeningEscalationDays?.toString() ?? '',
        benefitReviewDays: organisation.benefitReviewDays?.toString() ?? '',
      }
    : { defaultLanguage: 'en', currency: 'SEK' };

  function submit(values: FormValues) {
    const change = {
      name: values.name ?? '',
      defaultLanguage: values.defaultLanguage ?? 'en',
      currency: (values.currency ?? '').trim().toUpperCase(),
      ...days('screeningEscalationDays', values.screeningEscalationDays),
      ...days('benefitReviewDays', values.benefitReviewDays),
    };
    if (organisation) {
      update.mutate(
        { id: organisation.id, change: { ...change, version: organisation.version } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(change, { onSuccess: onClose });
    }
  }

  return (
    <FormDialog
      title={
        organisation
          ? t('adminPeople.organisations.edit', { name: organisation.name })
          : t('adminPeople.organisations.add')
      }
      onClose={onClose}
    >
      <RecordForm
        fields={fields}
        initial={initial}
        submitLabel={t('adminPeople.save')}
        pending={create.isPending || update.isPending}
        error={organisation ? update.error : create.error}
        onSubmit={submit}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
