import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

import { paths } from '../../config/paths';
import { useUser } from '../../lib/auth';
import { LanguageSwitch } from '../language-switch';
import { UserMenu } from '../user-menu';

interface AppLayoutProps {
  /** Shown in the header to a signed-in user: the notification bell, composed in src/app. */
  bell?: ReactNode;
}

export function AppLayout({ bell }: AppLayoutProps) {
  const { t } = useTranslation();
  const { data: user } = useUser();
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.board}>{t('nav.board')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.public}>{t('portfolioNav.public')}</NavLink>
            </li>
            {user && (
              <>
                <li>
                  <NavLink to={paths.lessons}>{t('portfolioNav.lessons')}</NavLink>
                </li>
                {(user.roles.includes('EXECUTIVE') || user.roles.includes('LAB_LEAD')) && (
                  <li>
                    <NavLink to={paths.dashboard}>{t('portfolioNav.dashboard')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to={paths.myTasks}>{t('nav.myTasks')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.myIdeas}>{t('nav.myIdeas')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.newIdea}>{t('nav.newIdea')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          {user && bell}
          <UserMenu />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
