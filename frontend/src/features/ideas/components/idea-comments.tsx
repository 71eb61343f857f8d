import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { QuerySection } from '../../../components/ui/query-section';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { IdeaView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { type Thread, useAddComment, useComments } from '../api/comments';

/**
 * A discussion of the idea, and a form to join it where the user may: the organisation's own,
 * or the cross-organisation thread of an idea shared beyond its organisation.
 */
export function IdeaComments({
  idea,
  thread = 'organisation',
}: {
  idea: IdeaView;
  thread?: Thread;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const comments = useComments(idea.id, thread);
  const add = useAddComment(idea.id, thread);
  const [body, setBody] = useState('');
  const texts = thread === 'region' ? 'idea.regionComments' : 'idea.comments';
  const mayComment = idea.actions.some(
    (action) => action.type === (thread === 'region' ? 'DISCUSS_IN_REGION' : 'COMMENT'),
  );

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    add.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
      },
    });
  }

  return (
    <QuerySection
      title={t(`${texts}.title`)}
      query={comments}
      empty={t(`${texts}.empty`)}
      ordered
      className="idea-section panel"
      itemKey={(comment) => comment.id}
      itemClassName="comment"
      renderItem={(comment) => (
        <>
          <Paragraph data-size="xs" className="muted">
            {t('idea.comments.by', {
              name: comment.authorName ?? comment.author,
              date: format.dateTime(comment.createdAt),
            })}
          </Paragraph>
          <Paragraph className="prewrap">{comment.body}</Paragraph>
        </>
      )}
    >
      {mayComment && (
        <form className="stack" onSubmit={submit}>
          {add.isError && (
            <ErrorAlert title={t('common.error')} error={add.error} headingLevel={3} />
          )}
          <Textfield
            multiline
            rows={3}
            label={t(`${texts}.label`)}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
            }}
          />
          <div>
            <Button type="submit" variant="secondary" loading={add.isPending}>
              {t(`${texts}.add`)}
            </Button>
          </div>
        </form>
      )}
    </QuerySection>
  );
}
