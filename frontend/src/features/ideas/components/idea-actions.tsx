import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import type { FullIdeaView, IdeaAction } from '../../../lib/api-types';
import { useChangeIdeaState, type StateChange } from '../api/change-idea-state';

import { CoAuthorsDialog } from './co-authors-dialog';
import { IdeaGates } from './idea-gates';

interface IdeaActionsProps {
  idea: FullIdeaView;
  /** Opens the decision dialog for a DECIDE action. */
  onDecide?: (action: IdeaAction) => void;
}

const workElsewhere: readonly IdeaAction['type'][] = [
  'ADD_EXPERIMENT',
  'RECORD_RESULT',
  'ADD_IMPACT_TARGET',
  'ADD_MEASUREMENT',
];

/**
 * Why the reader has nothing to do here: the idea has ended; their work on it is in the sections
 * below; the open step is somebody else's (the gate notes say whose); or no step is open yet.
 */
function nothingToDoReason(idea: FullIdeaView) {
  if (idea.endedAt) return 'idea.noActionsWhy.ended';
  if (idea.actions.some((action) => workElsewhere.includes(action.type))) {
    return 'idea.noActionsWhy.elsewhere';
  }
  if (idea.gates.length > 0) return 'idea.noActionsWhy.others';
  return 'idea.noActionsWhy.waiting';
}

/**
 * The buttons for what the server says this user may do to the idea now, and, for the gates open
 * on it that they may not pass, who may.
 */
export function IdeaActions({ idea, onDecide }: IdeaActionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const change = useChangeIdeaState(idea);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [namingCoAuthors, setNamingCoAuthors] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const has = (type: IdeaAction['type']) => idea.actions.some((action) => action.type === type);
  const decisions = idea.actions.filter((action) => action.type === 'DECIDE' && action.gate);
  const shown = ['EDIT', 'CHANGE_CO_AUTHORS', 'SUBMIT', 'RESUBMIT', 'WITHDRAW', 'DECIDE'] as const;
  const nothingToDo = !idea.actions.some((action) =>
    (shown as readonly string[]).includes(action.type),
  );

  useEffect(() => {
    if (change.isError) {
      status.current?.focus();
    }
  }, [change.isError]);

  // What was done is confirmed by the app's announcer (the mutation says so).
  function run(kind: StateChange) {
    change.mutate(kind);
  }

  return (
    <section className="idea-section panel" aria-labelledby={headingId} id="actions">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.actions')}
      </Heading>
      <div ref={status} tabIndex={-1} className="status-region">
        {change.isError &&
          (isApiError(change.error, 409) ? (
            <ErrorAlert title={t('common.error')} message={t('common.conflict')} headingLevel={3} />
          ) : (
            <ErrorAlert title={t('common.error')} error={change.error} headingLevel={3} />
          ))}
      </div>
      {nothingToDo ? (
        <Paragraph data-size="sm">{t(nothingToDoReason(idea))}</Paragraph>
      ) : (
        <div className="button-row">
          {decisions.map((action) => (
            <Button
              key={action.gate}
              onClick={() => {
                onDecide?.(action);
              }}
            >
              {t('idea.decide', { gate: action.gate ? t(`gates.${action.gate}`) : '' })}
            </Button>
          ))}
          {has('SUBMIT') && (
            <Button
              loading={change.isPending && change.variables === 'SUBMIT'}
              onClick={() => {
                run('SUBMIT');
              }}
            >
              {t('idea.submit')}
            </Button>
          )}
          {has('RESUBMIT') && (
            <Button
              loading={change.isPending && change.variables === 'RESUBMIT'}
              onClick={() => {
                run('RESUBMIT');
              }}
            >
              {t('idea.resubmit')}
            </Button>
          )}
          {has('EDIT') && (
            <Button asChild variant="secondary">
              <Link to={paths.editIdea(idea.id)}>{t('idea.edit')}</Link>
            </Button>
          )}
          {has('CHANGE_CO_AUTHORS') && (
            <Button
              variant="secondary"
              onClick={() => {
                setNamingCoAuthors(true);
              }}
            >
              {t('coAuthors.open')}
            </Button>
          )}
          {has('WITHDRAW') && (
            <Button
              variant="tertiary"
              data-color="danger"
              onClick={() => {
                setConfirmWithdraw(true);
              }}
            >
              {t('idea.withdraw')}
            </Button>
          )}
        </div>
      )}
      <IdeaGates idea={idea} />
      {namingCoAuthors && (
        <CoAuthorsDialog
          idea={idea}
          onClose={() => {
            setNamingCoAuthors(false);
          }}
        />
      )}
      <Dialog
        open={confirmWithdraw}
        closeButton={t('common.close')}
        closedby="any"
        onClose={() => {
          setConfirmWithdraw(false);
        }}
        aria-labelledby={`${headingId}-withdraw`}
      >
        <Heading level={2} data-size="xs" id={`${headingId}-withdraw`}>
          {t('idea.withdrawConfirmTitle')}
        </Heading>
        <Paragraph>{t('idea.withdrawConfirmText')}</Paragraph>
        <div className="button-row">
          <Button
            data-color="danger"
            onClick={() => {
              setConfirmWithdraw(false);
              run('WITHDRAW');
            }}
          >
            {t('idea.withdrawConfirm')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setConfirmWithdraw(false);
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
