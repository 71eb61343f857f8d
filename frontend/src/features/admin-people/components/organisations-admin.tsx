import { Button, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useOrganisations } from '../api/get-organisations';
import type { AdminOrganisation } from '../api/types';

import { asLanguage } from './languages';

import { OrganisationDialog } from './organisation-dialog';

/** The organisations the admin administers and their settings; a region's admin adds more. */
export function OrganisationsAdmin({ regionAdmin }: { regionAdmin: boolean }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [open, setOpen] = useState<{ organisation?: AdminOrganisation } | undefined>();
  if (organisations.isPending) return <Loading />;
  if (organisations.isError) {
    return <ErrorAlert title={t('adminPeople.loadFailed')} error={organisations.error} />;
  }
  const first = organisations.data[0];
  const defaults = {
    screening: first?.defaultScreeningEscalationDays ?? 14,
    benefit: first?.defaultBenefitReviewDays ?? 90,
  };
  const languageName = (code: string) => {
    const language = asLanguage(code);
    return language ? t(`adminPeople.languages.${language}`) : code;
  };
  const daysOr = (value: number | null, fallback: number) =>
    value === null
      ? t('adminPeople.organisations.asDefault', { count: fallback })
      : t('common.days', { count: value });
  return (
    <div className="stack">
      {regionAdmin && (
        <div className="button-row">
          <Button
            type="button"
            onClick={() => {
              setOpen({});
            }}
          >
            {t('adminPeople.organisations.add')}
          </Button>
        </div>
      )}
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption>{t('adminPeople.organisations.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('adminPeople.organisations.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.organisations.language')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.organisations.currency')}</Table.HeaderCell>
              <Table.HeaderCell>
                {t('adminPeople.organisations.screeningEscalation')}
              </Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.organisations.benefitReview')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminPeople.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {organisations.data.map((organisation) => (
              <Table.Row key={organisation.id}>
                <Table.Cell>{organisation.name}</Table.Cell>
                <Table.Cell>{languageName(organisation.defaultLanguage)}</Table.Cell>
                <Table.Cell>{organisation.currency}</Table.Cell>
                <Table.Cell>
                  {daysOr(organisation.screeningEscalationDays, defaults.screening)}
                </Table.Cell>
                <Table.Cell>{daysOr(organisation.benefitReviewDays, defaults.benefit)}</Table.Cell>
                <Table.Cell>
                  <Button
                    type="button"
                    data-size="sm"
                    variant="secondary"
                    aria-label={t('adminPeople.organisations.edit', { name: organisation.name })}
                    onClick={() => {
                      setOpen({ organisation });
                    }}
                  >
                    {t('adminPeople.editShort')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {open && (
        <OrganisationDialog
          {...(open.organisation ? { organisation: open.organisation } : {})}
          defaults={defaults}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      )}
    </div>
  );
}
