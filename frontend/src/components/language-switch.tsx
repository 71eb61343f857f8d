import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { isLanguage, languageNames, languages } from '../lib/i18n';

/** Chooses the language of the whole app; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Field className="language-switch" data-size="sm">
      <Label>{t('header.language')}</Label>
      <Select
        value={current}
        width="auto"
        onChange={(event) => {
          if (isLanguage(event.target.value)) {
            void i18n.changeLanguage(event.target.value);
          }
        }}
      >
        {languages.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {languageNames[language]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
