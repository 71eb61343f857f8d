import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useFormat } from '../../../lib/format';
import { useMyTasks } from '../api/get-my-tasks';

/** What waits for the user, oldest first; each one a link to the idea's actions. */
export function TaskList() {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const tasks = useMyTasks();
  if (tasks.isPending) {
    return <Loading />;
  }
  if (tasks.isError) {
    return <ErrorAlert title={t('tasks.loadFailed')} error={tasks.error} />;
  }
  if (tasks.data.length === 0) {
    return <Paragraph>{t('tasks.empty')}</Paragraph>;
  }
  const oldestFirst = [...tasks.data].sort((a, b) => a.since.localeCompare(b.since));
  return (
    <ol className="plain-list task-list">
      {oldestFirst.map((task) => (
        <li key={task.taskId} className="panel">
          <Heading level={2} data-size="xs">
            <Link to={`${paths.idea(task.ideaId)}#actions`}>
              {task.reference} {task.title}
            </Link>
          </Heading>
          <Paragraph data-size="sm">
            {t('tasks.gate', { gate: stageLabel(task.gate, task.name) })}
          </Paragraph>
          <Paragraph data-size="sm" className="muted">
            <time dateTime={task.since}>
              {t('tasks.waitingSince', { date: format.date(task.since) })}
            </time>
          </Paragraph>
        </li>
      ))}
    </ol>
  );
}
