import { useTranslation } from 'react-i18next';

/**
 * A field for bots: people never see it and assistive technology skips it, so it stays empty;
 * a form sent with it filled in is spam. Kept in the page (not display: none) because some bots
 * leave out fields that are not drawn.
 */
export function Honeypot({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label>
        {t('citizens.website')}
        <input
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      </label>
    </div>
  );
}
