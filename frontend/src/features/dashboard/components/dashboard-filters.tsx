import { useTranslation } from 'react-i18next';

import { usePickLists } from '../../../api/get-pick-lists';
import { FilterForm } from '../../../components/ui/filter-form';
import type { DashboardFilter } from '../api/get-dashboard';

const fields = [
  { name: 'department', type: 'text' },
  { name: 'theme', type: 'text' },
  { name: 'from', type: 'date' },
  { name: 'to', type: 'date' },
] as const satisfies readonly { name: keyof DashboardFilter; type: 'text' | 'date' }[];

/** The dashboard's filters; applied when sent, kept in the address so a view is a link. */
export function DashboardFilters({
  filter,
  onChange,
}: {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
}) {
  const { t } = useTranslation();
  const lists = usePickLists().data;
  const options = { department: lists?.departments, theme: lists?.themes } as const;
  return (
    <FilterForm
      filters={filter}
      onChange={onChange}
      label={t('dashboard.filters')}
      fields={fields.map(({ name, type }) => ({
        name,
        type,
        label: t(`dashboard.filter.${name}`),
        ...(name === 'department' || name === 'theme'
          ? { options: options[name], anyLabel: t('adminLists.any') }
          : {}),
      }))}
      organisationLabel={t('dashboard.filter.organisation')}
      applyLabel={t('dashboard.apply')}
    />
  );
}
