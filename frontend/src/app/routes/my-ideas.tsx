import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { MyIdeaList } from '../../features/ideas/components/my-idea-list';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function MyIdeasRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('myIdeas.title'));
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('myIdeas.title')}
      </Heading>
      <Paragraph>{t('myIdeas.intro')}</Paragraph>
      <MyIdeaList />
    </div>
  );
}
