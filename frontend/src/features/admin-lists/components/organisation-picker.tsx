import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useOrganisations } from '../api/get-organisations';

interface OrganisationPickerProps {
  value: number;
  onChange: (organisation: number) => void;
}

/** Which organisation's lists and fields a region's admin manages on the page. */
export function OrganisationPicker({ value, onChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useOrganisations();
  if (organisations.isPending) return <Loading />;
  if (organisations.isError)
    return <ErrorAlert title={t('adminLists.organisationsFailed')} error={organisations.error} />;
  return (
    <Field>
      <Label htmlFor={id}>{t('adminLists.organisation')}</Label>
      <Select
        id={id}
        value={String(value)}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        {organisations.data.map((organisation) => (
          <Select.Option key={organisation.id} value={String(organisation.id)}>
            {organisation.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
