import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { usePickLists } from '../../../api/get-pick-lists';
import { FilterForm } from '../../../components/ui/filter-form';
import { useLessonThemes } from '../api/get-lesson-themes';

interface Search {
  q?: string | undefined;
  theme?: string | undefined;
}

/** Search the lessons by a word and a theme; applied when sent. */
export function LessonsSearchForm({
  search,
  onSearch,
}: {
  search: Search;
  onSearch: (search: Search) => void;
}) {
  const { t } = useTranslation();
  const themes = useLessonThemes();
  const lists = usePickLists();
  // The organisation's themes, and those other organisations' published lessons carry.
  const offered = [...(lists.data?.themes ?? [])];
  for (const theme of themes.data ?? []) {
    if (!offered.some((known) => known.toLowerCase() === theme.toLowerCase())) offered.push(theme);
  }
  const themeId = useId();
  return (
    <FilterForm
      filters={search}
      onChange={onSearch}
      label={t('lessons.search')}
      fields={[
        { name: 'q', type: 'search', label: t('lessons.q'), description: t('lessons.qHint') },
      ]}
      extraFields={(draft, set) => (
        <Field data-size="sm">
          <Label htmlFor={themeId}>{t('lessons.theme')}</Label>
          <Select
            id={themeId}
            name="theme"
            value={draft.theme ?? ''}
            onChange={(event) => {
              set('theme', event.target.value);
            }}
          >
            <Select.Option value="">{t('lessons.allThemes')}</Select.Option>
            {offered.map((name) => (
              <Select.Option key={name} value={name}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      applyLabel={t('lessons.apply')}
    />
  );
}
