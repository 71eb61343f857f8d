import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { LessonList } from '../../features/lessons/components/lesson-list';
import { LessonsSearchForm } from '../../features/lessons/components/lessons-search-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The lessons library: stopped ideas and what they taught, searchable; the search is in the address. */
export function LessonsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('lessons.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const theme = params.get('theme') ?? undefined;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);

  function show(next: { q?: string | undefined; theme?: string | undefined; page?: number }) {
    const query: Record<string, string> = {};
    if (next.q) query.q = next.q;
    if (next.theme) query.theme = next.theme;
    if (next.page) query.page = String(next.page);
    setParams(query);
  }

  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('lessons.title')}
      </Heading>
      <Paragraph>{t('lessons.intro')}</Paragraph>
      <LessonsSearchForm
        key={`${q ?? ''}|${theme ?? ''}`}
        search={{ q, theme }}
        onSearch={(search) => {
          show(search);
        }}
      />
      <LessonList
        search={{ q, theme, page }}
        onPageChange={(next) => {
          show({ q, theme, page: next });
        }}
      />
    </div>
  );
}
