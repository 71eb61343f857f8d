import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { paths } from '../../config/paths';
import { usePublicChallenge } from '../../features/challenges/api/public-challenges';
import { ChallengeFacts } from '../../features/challenges/components/challenge-facts';
import { PublicSuggestions } from '../../features/challenges/components/public-suggestions';
import { SuggestionForm } from '../../features/challenges/components/suggestion-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-error';

/** A public challenge: what it asks, the approved suggestions, a form to suggest. */
export function PublicChallengeRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const challenge = usePublicChallenge(id);
  useDocumentTitle(challenge.data?.title);
  const back = (
    <Paragraph data-size="sm">
      <Link to={paths.publicChallenges}>{t('citizens.back')}</Link>
    </Paragraph>
  );
  if (challenge.isPending) return <Loading />;
  if (challenge.isError) {
    return (
      <div className="narrow">
        <Heading level={1} data-size="lg">
          {t('challenges.loadOneFailed')}
        </Heading>
        {isApiError(challenge.error, 404) ? (
          <Paragraph>{t('challenges.notFound')}</Paragraph>
        ) : (
          <ErrorAlert title={t('challenges.loadOneFailed')} error={challenge.error} />
        )}
        {back}
      </div>
    );
  }
  const data = challenge.data;
  const open = data.takesSuggestions;
  return (
    <div className="narrow">
      {back}
      <Heading level={1} data-size="lg">
        {data.title}
      </Heading>
      <ChallengeFacts challenge={data} />
      <PublicSuggestions suggestions={data.suggestions ?? []} open={open} />
      {open ? (
        <section className="idea-section panel">
          <SuggestionForm challengeId={data.id} />
        </section>
      ) : (
        <Paragraph>{t('citizens.closedForSuggestions')}</Paragraph>
      )}
      <Paragraph data-size="sm" className="muted">
        {t('citizens.privacy')}
      </Paragraph>
    </div>
  );
}
