import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { Loading } from '../../../components/ui/loading';
import { RecordForm } from '../../../components/ui/record-form';
import { paths } from '../../../config/paths';
import { useModerate, useSuggestions } from '../api/suggestions';
import type { Suggestion } from '../api/types';

const colours = {
  UNCONFIRMED: 'neutral',
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'neutral',
} as const;

/**
 * Citizens' suggestions to a public challenge, for its moderators: approve one to publish it,
 * reject it with a reason the citizen reads, or turn an approved one into an idea.
 */
export function SuggestionModeration({ challengeId }: { challengeId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const suggestions = useSuggestions(challengeId, true);
  const moderate = useModerate(challengeId);
  const [rejecting, setRejecting] = useState<Suggestion | null>(null);
  return (
    <section className="idea-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('challenges.suggestions')}
      </Heading>
      {suggestions.isPending && <Loading />}
      {suggestions.isError && (
        <ErrorAlert title={t('common.error')} error={suggestions.error} headingLevel={3} />
      )}
      {moderate.isError && !rejecting && (
        <ErrorAlert title={t('common.error')} error={moderate.error} headingLevel={3} />
      )}
      {suggestions.data?.length === 0 && <Paragraph>{t('challenges.noSuggestions')}</Paragraph>}
      {suggestions.data && suggestions.data.length > 0 && (
        <ul className="plain-list">
          {suggestions.data.map((suggestion) => (
            <li key={suggestion.id} className="panel">
              <Heading level={3} data-size="2xs">
                {suggestion.title}
              </Heading>
              <Tag data-color={colours[suggestion.status]} data-size="sm">
                {t(`challenges.suggestionStatus.${suggestion.status}`)}
              </Tag>
              <Paragraph className="prewrap">{suggestion.text}</Paragraph>
              <Paragraph data-size="sm" className="muted">
                {suggestion.authorName
                  ? t(suggestion.credit ? 'challenges.byCredited' : 'challenges.by', {
                      name: suggestion.authorName,
                    })
                  : t('challenges.anonymous')}{' '}
                {t('challenges.supports', { count: suggestion.supports })}
              </Paragraph>
              {suggestion.status === 'REJECTED' && suggestion.rejectionReason && (
                <Paragraph data-size="sm">
                  {t('challenges.rejectedBecause', { reason: suggestion.rejectionReason })}
                </Paragraph>
              )}
              <div className="button-row">
                {suggestion.status === 'PENDING' && (
                  <>
                    <Button
                      data-size="sm"
                      loading={moderate.isPending && moderate.variables.id === suggestion.id}
                      aria-label={t('challenges.approveNamed', { title: suggestion.title })}
                      onClick={() => {
                        moderate.mutate({ action: 'approve', id: suggestion.id });
                      }}
                    >
                      {t('challenges.approve')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="secondary"
                      aria-label={t('challenges.rejectNamed', { title: suggestion.title })}
                      onClick={() => {
                        moderate.reset();
                        setRejecting(suggestion);
                      }}
                    >
                      {t('challenges.reject')}
                    </Button>
                  </>
                )}
                {suggestion.status === 'APPROVED' && !suggestion.ideaId && (
                  <Button
                    data-size="sm"
                    variant="secondary"
                    loading={moderate.isPending && moderate.variables.id === suggestion.id}
                    aria-label={t('challenges.toIdeaNamed', { title: suggestion.title })}
                    onClick={() => {
                      moderate.mutate({ action: 'idea', id: suggestion.id });
                    }}
                  >
                    {t('challenges.toIdea')}
                  </Button>
                )}
                {suggestion.ideaId && (
                  <Link to={paths.idea(suggestion.ideaId)}>{t('challenges.openIdea')}</Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {rejecting && (
        <FormDialog
          title={t('challenges.rejectTitle')}
          subtitle={rejecting.title}
          onClose={() => {
            setRejecting(null);
          }}
        >
          <RecordForm
            fields={[
              {
                name: 'reason',
                label: t('challenges.reason'),
                description: t('challenges.reasonHint'),
                kind: 'multiline',
                required: true,
              },
            ]}
            submitLabel={t('challenges.reject')}
            pending={moderate.isPending}
            error={moderate.error}
            onSubmit={(values) => {
              moderate.mutate(
                { action: 'reject', id: rejecting.id, reason: values.reason?.trim() ?? '' },
                {
                  onSuccess: () => {
                    setRejecting(null);
                  },
                },
              );
            }}
            onCancel={() => {
              setRejecting(null);
            }}
          />
        </FormDialog>
      )}
    </section>
  );
}
