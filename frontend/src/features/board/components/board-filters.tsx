import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { usePickLists } from '../../../api/get-pick-lists';
import { FilterForm } from '../../../components/ui/filter-form';
import {
  filterNames,
  type BoardFilters as Filters,
  type FilterName,
} from '../hooks/use-board-filters';
import { useRemembered } from '../hooks/use-remembered';

import { BoardFieldFilter } from './board-field-filter';

interface BoardFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const textFilters = ['q', 'department', 'theme', 'owner'] as const satisfies readonly FilterName[];
const hints = {
  q: 'board.filters.qHint',
  owner: 'board.filters.ownerHint',
} as const;

/**
 * The board's filters, folded away behind a "Filters" disclosure that remembers whether it was
 * left open. They apply when the form is sent and live in the address, so a filtered
 * board is a link to share. Mount it with a key of the address's filters to reset it when they
 * change from outside (back button, a shared link).
 */
export function BoardFilters({ filters, onChange }: BoardFiltersProps) {
  const { t } = useTranslation();
  const active = filterNames.filter(
    (name) => name !== 'field' && filters[name] !== undefined,
  ).length;
  const lists = usePickLists().data;
  const options = { department: lists?.departments, theme: lists?.themes } as const;
  const [open, setOpen] = useRemembered('civiclab.board.filtersOpen', false);
  return (
    <Details
      className="board-filter-details"
      open={open}
      onToggle={() => {
        setOpen(!open);
      }}
    >
      <Details.Summary>
        {t('board.filters.show')}
        {active > 0 && (
          <span className="board-filter-summary-count">
            {' '}
            ({t('board.filters.active', { count: active })})
          </span>
        )}
      </Details.Summary>
      <Details.Content>
        <FilterForm
          filters={filters}
          onChange={onChange}
          heading={t('board.filters.title')}
          fields={textFilters.map((name) => ({
            name,
            label: t(`board.filters.${name}`),
            type: name === 'q' ? 'search' : 'text',
            description: name in hints ? t(hints[name as keyof typeof hints]) : undefined,
            ...(name === 'department' || name === 'theme'
              ? { options: options[name], anyLabel: t('adminLists.any') }
              : {}),
          }))}
          extraFields={(draft, set) => (
            <BoardFieldFilter field={draft.field} value={draft.fieldValue} set={set} />
          )}
          organisationLabel={t('board.filters.organisation')}
          applyLabel={t('board.filters.apply')}
          actions={
            active > 0 && (
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
            )
          }
        >
          {active > 0 && (
            <Paragraph data-size="xs" className="board-filter-count">
              {t('board.filters.active', { count: active })}
            </Paragraph>
          )}
        </FilterForm>
      </Details.Content>
    </Details>
  );
}
