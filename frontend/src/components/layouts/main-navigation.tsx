import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '../../config/paths';
import { useUser } from '../../lib/auth';

/** The site's main navigation: the pages the signed-in person (or anyone) can go to. */
export function MainNavigation() {
  const { t } = useTranslation();
  const { data: user } = useUser();
  return (
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
          <NavLink to={paths.public} end>
            {t('portfolioNav.public')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.publicChallenges}>{t('portfolioNav.publicChallenges')}</NavLink>
        </li>
        {user && (
          <>
            <li>
              <NavLink to={paths.lessons}>{t('portfolioNav.lessons')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.catalogue}>{t('portfolioNav.catalogue')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.challenges}>{t('portfolioNav.challenges')}</NavLink>
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
  );
}
