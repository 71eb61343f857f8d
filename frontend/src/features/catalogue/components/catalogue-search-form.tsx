import { Checkbox, Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { FilterForm } from '../../../components/ui/filter-form';
import type { CataloguePage, CatalogueSearch } from '../api/get-catalogue';
import { pilotOutcomes } from '../api/get-catalogue';

/** Search the catalogue by a word, theme, outcome, organisation, cost and benefit; applied when sent. */
export function CatalogueSearchForm({
  search,
  facets,
  onSearch,
}: {
  search: CatalogueSearch;
  facets: Pick<CataloguePage, 'organisations' | 'themes'> | undefined;
  onSearch: (search: CatalogueSearch) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const select = (
    name: 'theme' | 'outcome' | 'organisation',
    value: string | undefined,
    set: (name: 'theme' | 'outcome' | 'organisation', value: string | undefined) => void,
    options: { value: string; label: string }[],
  ) => (
    <Field data-size="sm" key={name}>
      <Label htmlFor={`${id}-${name}`}>{t(`catalogue.filter.${name}`)}</Label>
      <Select
        id={`${id}-${name}`}
        name={name}
        value={value ?? ''}
        onChange={(event) => {
          set(name, event.target.value || undefined);
        }}
      >
        <Select.Option value="">{t('catalogue.filter.any')}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <FilterForm
      filters={search}
      onChange={onSearch}
      label={t('catalogue.search')}
      fields={[
        { name: 'q', type: 'search', label: t('catalogue.filter.q') },
        { name: 'minCost', label: t('catalogue.filter.minCost') },
        { name: 'maxCost', label: t('catalogue.filter.maxCost') },
      ]}
      extraFields={(draft, set) => (
        <>
          {select(
            'theme',
            draft.theme,
            set,
            (facets?.themes ?? []).map((theme) => ({ value: theme, label: theme })),
          )}
          {select(
            'outcome',
            draft.outcome,
            set,
            pilotOutcomes.map((outcome) => ({
              value: outcome,
              label: t(`catalogue.outcome.${outcome}`),
            })),
          )}
          {select(
            'organisation',
            draft.organisation,
            set,
            (facets?.organisations ?? []).map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            })),
          )}
          <Checkbox
            data-size="sm"
            name="benefitRealised"
            label={t('catalogue.filter.benefitRealised')}
            checked={draft.benefitRealised === 'true'}
            onChange={(event) => {
              set('benefitRealised', event.target.checked ? 'true' : undefined);
            }}
          />
        </>
      )}
      applyLabel={t('catalogue.apply')}
    />
  );
}
