import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { MyTask } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { conflictOf } from '../../../lib/gate-rights';
import { useMyTasks } from '../api/get-my-tasks';

/**
 * Why a gate that nobody may pass waits: the reader's own conflict of interest, if that is what
 * keeps them from it, or that everyone who could is kept from it.
 */
function WaitingNote({ task }: { task: MyTask }) {
  const { t } = useTranslation();
  const format = useFormat();
  const conflict = conflictOf(task.yourRight);
  return (
    <Paragraph data-size="sm">
      {t('tasks.waits')}{' '}
      {conflict
        ? t('tasks.waitsForYou', { why: t(`gateNotes.why.${conflict}`) })
        : t('tasks.waitsForRole')}
      {task.mayPass.length > 0 &&
        ` ${t('tasks.mayPass', { names: format.names(task.mayPass.map((person) => person.name)) })}`}
    </Paragraph>
  );
}

/**
 * What waits for the user, oldest first; each one a link to the idea's actions. A lab lead also
 * sees the gates nobody may pass now, marked as waiting, with why.
 */
export function TaskList() {
  const { t } = useTranslation();
  const format = useFormat();
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
            {task.kind === 'REVIEW'
              ? t('tasks.review', { gate: t(`gates.${task.gate}`) })
              : t('tasks.gate', { gate: t(`gates.${task.gate}`) })}{' '}
            {!task.mayAct && (
              <Tag data-size="sm" data-color="warning">
                {t('tasks.waiting')}
              </Tag>
            )}
          </Paragraph>
          {!task.mayAct && <WaitingNote task={task} />}
          <Paragraph data-size="sm" className="muted">
            <time dateTime={task.since}>
              {t('tasks.waitingSince', { date: format.date(task.since) })}
            </time>
            {task.dueAt && (
              <>
                {' '}
                <time dateTime={task.dueAt}>
                  {t('tasks.dueOn', { date: format.date(task.dueAt) })}
                </time>
              </>
            )}
          </Paragraph>
        </li>
      ))}
    </ol>
  );
}
