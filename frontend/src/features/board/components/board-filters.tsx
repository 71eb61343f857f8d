import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useUser } from '../../../lib/auth';
import {
  filterNames,
  type BoardFilters as Filters,
  type FilterName,
} from '../hooks/use-board-filters';

interface BoardFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const textFilters = ['q', 'department', 'theme', 'owner'] as const satisfies readonly FilterName[];
const hints = {
  q: 'board.filters.qHint',
  department: 'board.filters.departmentHint',
  owner: 'board.filters.ownerHint',
} as const;

/**
 * The board's filters. They apply when the form is sent and live in the address, so a filtered
 * board is a link to share. Mount it with a key of the address's filters to reset it when they
 * change from outside (back button, a shared link).
 */
export function BoardFilters({ filters, onChange }: BoardFiltersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: user } = useUser();
  const [draft, setDraft] = useState<Filters>(filters);
  const active = filterNames.filter((name) => filters[name] !== undefined).length;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onChange(draft);
  }

  function set(name: FilterName, value: string | undefined) {
    setDraft((current) => ({ ...current, [name]: value }));
  }

  return (
    <form className="board-filters" role="search" aria-labelledby={headingId} onSubmit={submit}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('board.filters.title')}
      </Heading>
      <div className="board-filter-fields">
        {textFilters.map((name) => (
          <Textfield
            key={name}
            data-size="sm"
            name={name}
            type={name === 'q' ? 'search' : 'text'}
            label={t(`board.filters.${name}`)}
            description={name in hints ? t(hints[name as keyof typeof hints]) : undefined}
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
            label={t('board.filters.organisation')}
            checked={draft.organisation !== undefined}
            onChange={(event) => {
              set('organisation', event.target.checked ? String(user.organisationId) : undefined);
            }}
          />
        )}
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm">
          {t('board.filters.apply')}
        </Button>
        {active > 0 && (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              onChange({});
            }}
          >
            {t('board.filters.clear')}
          </Button>
        )}
      </div>
      {active > 0 && (
        <Paragraph data-size="xs" className="board-filter-count">
          {t('board.filters.active', { count: active })}
        </Paragraph>
      )}
    </form>
  );
}
