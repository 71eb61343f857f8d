import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';

interface ThemePickerProps {
  id: string;
  legend: string;
  description?: string;
  /** The organisation's themes, in order. */
  options: readonly string[];
  value: string[];
  error?: string | undefined;
  onChange: (themes: string[]) => void;
}

/**
 * Picks an idea's themes from the organisation's list. Themes the idea carries that the list no
 * longer holds stay ticked, so an old idea saves as it was unless its author unticks them.
 */
export function ThemePicker({
  id,
  legend,
  description,
  options,
  value,
  error,
  onChange,
}: ThemePickerProps) {
  const extra = value.filter(
    (theme) => !options.some((option) => option.toLowerCase() === theme.toLowerCase()),
  );
  return (
    <Fieldset id={id}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="theme-picker">
        {[...options, ...extra].map((theme) => (
          <Checkbox
            key={theme}
            name="themes"
            value={theme}
            label={theme}
            checked={value.includes(theme)}
            onChange={(event) => {
              onChange(
                event.target.checked ? [...value, theme] : value.filter((other) => other !== theme),
              );
            }}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
