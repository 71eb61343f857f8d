import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';

import { paths } from '../config/paths';
import { isAdmin } from '../lib/administration';
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
      {isAdmin(user) && <NavLink to={paths.admin}>{t('adminPeople.title')}</NavLink>}
      <Link to={paths.myData}>{t('privacy.myData.link')}</Link>
      <Link to={paths.accessTokens}>{t('accessTokens.menuLink')}</Link>
      <Link to={paths.notificationSettings}>{t('notificationSettings.menuLink')}</Link>
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
