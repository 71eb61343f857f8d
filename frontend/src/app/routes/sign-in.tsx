import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { paths } from '../../config/paths';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { SignInProviders } from '../../features/auth/components/sign-in-providers';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useUser } from '../../lib/auth';

/** Where to go after signing in: the page that sent the user here, if it is one of ours. */
function safeRedirect(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : paths.board;
}

export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirect = safeRedirect(searchParams.get('redirect'));
  const { data: user } = useUser();
  if (user) {
    return <Navigate to={redirect} replace />;
  }
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('signIn.title')}
      </Heading>
      {searchParams.get('sso') === 'refused' && (
        <ErrorAlert title={t('signIn.ssoRefusedTitle')} message={t('signIn.ssoRefused')} />
      )}
      <SignInProviders />
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <SignInForm
        onSignedIn={() => {
          void navigate(redirect, { replace: true });
        }}
      />
    </div>
  );
}
