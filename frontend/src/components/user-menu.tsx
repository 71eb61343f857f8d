import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '../config/paths';
import { useSignOut, useUser } from '../lib/auth';
import { leaveApp } from '../lib/leave-app';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const signOut = useSignOut();
  if (!user) {
    return null;
  }
  return (
    <div className="user-menu">
      <span>{t('header.signedInAs', { name: user.displayName })}</span>
      <Link to={paths.accessTokens}>{t('accessTokens.menuLink')}</Link>
      <Button
        variant="secondary"
        data-size="sm"
        loading={signOut.isPending}
        onClick={() => {
          signOut.mutate(undefined, {
            onSettled: (signedOut) => {
              if (signedOut?.providerSignOut) {
                leaveApp(signedOut.providerSignOut);
              } else {
                void navigate(paths.signIn);
              }
            },
          });
        }}
      >
        {t('header.signOut')}
      </Button>
    </div>
  );
}
