import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

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
  const themeId = useId();
  const [q, setQ] = useState(search.q ?? '');
  const [theme, setTheme] = useState(search.theme ?? '');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onSearch({ q: q.trim() || undefined, theme: theme || undefined });
  }

  return (
    <form
      className="board-filters"
      role="search"
      aria-label={t('lessons.search')}
      onSubmit={submit}
    >
      <div className="board-filter-fields">
        <Textfield
          data-size="sm"
          type="search"
          name="q"
          label={t('lessons.q')}
          description={t('lessons.qHint')}
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
        <Field data-size="sm">
          <Label htmlFor={themeId}>{t('lessons.theme')}</Label>
          <Select
            id={themeId}
            name="theme"
            value={theme}
            onChange={(event) => {
              setTheme(event.target.value);
            }}
          >
            <Select.Option value="">{t('lessons.allThemes')}</Select.Option>
            {(themes.data ?? []).map((name) => (
              <Select.Option key={name} value={name}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm">
          {t('lessons.apply')}
        </Button>
      </div>
    </form>
  );
}
