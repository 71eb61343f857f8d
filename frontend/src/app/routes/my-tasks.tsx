import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { TaskList } from '../../features/tasks/components/task-list';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function MyTasksRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.title'));
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('tasks.title')}
      </Heading>
      <Paragraph>{t('tasks.intro')}</Paragraph>
      <TaskList />
    </div>
  );
}
