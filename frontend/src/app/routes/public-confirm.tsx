import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { paths } from '../../config/paths';
import { useConfirm } from '../../features/challenges/api/citizens';
import { TokenAction } from '../../features/challenges/components/token-action';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** Where a suggestion's or a support's mail link lands: one click confirms the address. */
export function PublicConfirmRoute() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const confirm = useConfirm();
  useDocumentTitle(t('citizens.confirmTitle'));
  const result = confirm.data;
  return (
    <TokenAction
      title={t('citizens.confirmTitle')}
      intro={t('citizens.confirmIntro')}
      action={t('citizens.confirmAction')}
      pending={confirm.isPending}
      error={confirm.error}
      onAct={() => {
        confirm.mutate(token);
      }}
      done={
        result && (
          <>
            <Heading level={2} data-size="xs">
              {t('citizens.confirmedTitle')}
            </Heading>
            <Paragraph>
              {t(
                result.kind === 'SUPPORT'
                  ? 'citizens.supportConfirmed'
                  : 'citizens.suggestionConfirmed',
              )}
            </Paragraph>
            <Paragraph>
              <Link to={paths.publicChallenge(result.challengeId)}>
                {t('citizens.toChallenge')}
              </Link>
            </Paragraph>
          </>
        )
      }
    />
  );
}
