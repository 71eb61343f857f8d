import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useUser } from '../../../lib/auth';
import type { DashboardFilter } from '../api/get-dashboard';

const textFilters = ['department', 'theme'] as const;
const dateFilters = ['from', 'to'] as const;

/** The dashboard's filters; applied when sent, kept in the address so a view is a link. */
export function DashboardFilters({
  filter,
  onChange,
}: {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
}) {
  const { t } = useTranslation();
  const { data: user } = useUser();
  const [draft, setDraft] = useState<DashboardFilter>(filter);

  function set(name: keyof DashboardFilter, value: string | undefined) {
    setDraft((current) => ({ ...current, [name]: value === '' ? undefined : value }));
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onChange(draft);
  }

  return (
    <form
      className="board-filters"
      role="search"
      aria-label={t('dashboard.filters')}
      onSubmit={submit}
    >
      <div className="board-filter-fields">
        {textFilters.map((name) => (
          <Textfield
            key={name}
            data-size="sm"
            name={name}
            label={t(`dashboard.filter.${name}`)}
            value={draft[name] ?? ''}
            onChange={(event) => {
              set(name, event.target.value);
            }}
          />
        ))}
        {dateFilters.map((name) => (
          <Textfield
            key={name}
            data-size="sm"
            name={name}
            type="date"
            label={t(`dashboard.filter.${name}`)}
            value={draft[name] ?? ''}
            onChange={(event) => {
              set(name, event.target.value);
            }}
          />
        ))}
        {user && (
          <Checkbox
            data-size="sm"
            name="organisation"
            label={t('dashboard.filter.organisation')}
            checked={draft.organisation !== undefined}
            onChange={(event) => {
              set('organisation', event.target.checked ? String(user.organisationId) : undefined);
            }}
          />
        )}
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm">
          {t('dashboard.apply')}
        </Button>
      </div>
    </form>
  );
}
