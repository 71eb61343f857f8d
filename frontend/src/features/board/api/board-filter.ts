import type { BoardFilter } from '../../../lib/api-types';
import type { BoardFilters } from '../hooks/use-board-filters';

/** The API's filter for the filters in the address; an organisation that is no number is left out. */
export function toApiFilter(filters: BoardFilters): BoardFilter {
  const filter: BoardFilter = {};
  const organisation = Number(filters.organisation);
  if (filters.organisation && Number.isInteger(organisation)) {
    filter.organisation = organisation;
  }
  if (filters.department) filter.department = filters.department;
  if (filters.theme) filter.theme = filters.theme;
  if (filters.owner) filter.owner = filters.owner;
  if (filters.q) filter.q = filters.q;
  const field = Number(filters.field);
  if (filters.field && Number.isInteger(field) && filters.fieldValue) {
    filter.field = field;
    filter.fieldValue = filters.fieldValue;
  }
  return filter;
}

/** The filter's fields as plain search parameters (organisation=1&q=…), as the server reads them. */
export const flatQuery = { object: { style: 'form', explode: true } } as const;
