import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { useFollowing, useSetFollowing } from '../api/following';

/** Whether the reader follows the idea (is told what happens to it), and a toggle to change it. */
export function IdeaFollow({ ideaId }: { ideaId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const following = useFollowing(ideaId);
  const setFollowing = useSetFollowing(ideaId);
  if (!following.isSuccess) {
    return null;
  }
  const follows = following.data.following;
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.follow.title')}
      </Heading>
      <Paragraph aria-live="polite">
        {follows ? t('idea.follow.following') : t('idea.follow.notFollowing')}
      </Paragraph>
      {setFollowing.isError && (
        <ErrorAlert title={t('common.error')} error={setFollowing.error} headingLevel={3} />
      )}
      <div>
        <Button
          variant={follows ? 'secondary' : 'primary'}
          aria-pressed={follows}
          loading={setFollowing.isPending}
          onClick={() => {
            setFollowing.mutate(!follows);
          }}
        >
          {t('idea.follow.button')}
        </Button>
      </div>
    </section>
  );
}
