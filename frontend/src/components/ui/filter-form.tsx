import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode, type SubmitEvent } from 'react';

import { useUser } from '../../lib/auth';

import { PickList } from './pick-list';

/** Filters as the address keeps them: a value per name, none for an unused filter. */
type Filters = Partial<Record<string, string>>;

/** Any type whose properties are all optional texts: a board filter, a search. */
type FilterShape<F> = { [K in keyof F]?: string | undefined };

export interface FilterField<F extends FilterShape<F>> {
  name: keyof F & string;
  label: string;
  type?: 'text' | 'search' | 'date';
  description?: string | undefined;
  /** A managed list to pick from instead of typing, with the label of "any". */
  options?: readonly string[] | undefined;
  anyLabel?: string | undefined;
}

interface FilterFormProps<F extends FilterShape<F>> {
  filters: F;
  /** Called with the filters when the form is sent; empty fields are left out. */
  onChange: (filters: F) => void;
  /** A visible heading naming the form, or else `label`, its name for screen readers only. */
  heading?: string;
  label?: string;
  fields: FilterField<F>[];
  /** The label of a "my organisation's only" box, setting `organisation` to the user's own. */
  organisationLabel?: string;
  /** Fields of other kinds, given the filters being edited and a way to set one. */
  extraFields?: (
    draft: Filters,
    set: (name: keyof F & string, value: string | undefined) => void,
  ) => ReactNode;
  applyLabel: string;
  /** Next to the apply button, e.g. one to clear the filters. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * A search form of filters that apply when it is sent, not at each keystroke. Mount it with a
 * key of the applied filters to start again from them when they change from outside (the back
 * button, a shared link).
 */
export function FilterForm<F extends FilterShape<F>>({
  filters,
  onChange,
  heading,
  label,
  fields,
  organisationLabel,
  extraFields,
  applyLabel,
  actions,
  children,
}: FilterFormProps<F>) {
  const headingId = useId();
  const { data: user } = useUser();
  const [draft, setDraft] = useState<Filters>(filters as Filters);

  function set(name: string, value: string | undefined) {
    setDraft((current) => ({ ...current, [name]: value }));
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const applied: Filters = {};
    for (const [name, value] of Object.entries(draft)) {
      const trimmed = value?.trim();
      if (trimmed) {
        applied[name] = trimmed;
      }
    }
    onChange(applied as F);
  }

  return (
    <form
      className="board-filters"
      role="search"
      aria-labelledby={heading ? headingId : undefined}
      aria-label={heading ? undefined : label}
      onSubmit={submit}
    >
      {heading && (
        <Heading level={2} data-size="xs" id={headingId}>
          {heading}
        </Heading>
      )}
      <div className="board-filter-fields">
        {fields.map((field) =>
          field.options ? (
            <PickList
              key={field.name}
              data-size="sm"
              id={`${headingId}-${field.name}`}
              name={field.name}
              label={field.label}
              description={field.description}
              options={field.options}
              emptyLabel={field.anyLabel ?? ''}
              value={draft[field.name] ?? ''}
              onChange={(value) => {
                set(field.name, value || undefined);
              }}
            />
          ) : (
            <Textfield
              key={field.name}
              data-size="sm"
              name={field.name}
              type={field.type ?? 'text'}
              label={field.label}
              description={field.description}
              value={draft[field.name] ?? ''}
              onChange={(event) => {
                set(field.name, event.target.value);
              }}
            />
          ),
        )}
        {extraFields?.(draft, set)}
        {user && organisationLabel && (
          <Checkbox
            data-size="sm"
            name="organisation"
            label={organisationLabel}
            checked={draft.organisation !== undefined}
            onChange={(event) => {
              set('organisation', event.target.checked ? String(user.organisationId) : undefined);
            }}
          />
        )}
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm">
          {applyLabel}
        </Button>
        {actions}
      </div>
      {children}
    </form>
  );
}
