import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';

interface PickListProps {
  id: string;
  name: string;
  label: string;
  /** The list's entries, in order. */
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty choice ("any", "none"). */
  emptyLabel: string;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  'data-size'?: 'sm' | 'md';
}

/**
 * Picks one entry of a managed list. A value the list no longer holds (free text from before
 * the lists, a retired entry) stays selectable, so an old record reads and saves as it was.
 */
export function PickList({
  id,
  name,
  label,
  options,
  value,
  onChange,
  emptyLabel,
  description,
  error,
  required,
  ...rest
}: PickListProps) {
  const choices =
    value !== '' && !options.some((option) => option.toLowerCase() === value.toLowerCase())
      ? [...options, value]
      : options;
  return (
    <Field {...(rest['data-size'] ? { 'data-size': rest['data-size'] } : {})}>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <Select.Option value="">{emptyLabel}</Select.Option>
        {choices.map((option) => (
          <Select.Option key={option} value={option}>
            {option}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
