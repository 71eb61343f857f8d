import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { paths } from '../../config/paths';
import { useErase } from '../../features/challenges/api/citizens';
import { TokenAction } from '../../features/challenges/components/token-action';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** Where every citizen's mail's erasure link lands: one click erases their data. */
export function PublicEraseRoute() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const erase = useErase();
  useDocumentTitle(t('citizens.eraseTitle'));
  return (
    <TokenAction
      title={t('citizens.eraseTitle')}
      intro={t('citizens.eraseIntro')}
      action={t('citizens.eraseAction')}
      pending={erase.isPending}
      error={erase.error}
      onAct={() => {
        erase.mutate(token);
      }}
      done={
        erase.isSuccess && (
          <>
            <Heading level={2} data-size="xs">
              {t('citizens.erasedTitle')}
            </Heading>
            <Paragraph>{t('citizens.erased')}</Paragraph>
            <Paragraph>
              <Link to={paths.publicChallenges}>{t('citizens.back')}</Link>
            </Paragraph>
          </>
        )
      }
    />
  );
}
