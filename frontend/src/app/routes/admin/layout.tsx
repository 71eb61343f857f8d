import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

import { paths } from '../../../config/paths';
import { isAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';
import { NotFoundRoute } from '../not-found';
import '../../../features/admin-people/components/admin.css';

/**
 * The admin area: a list of its sections beside the section shown. To anyone who is no admin it
 * does not exist (the server refuses them in any case).
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const { data: user } = useUser();
  if (!isAdmin(user)) {
    return <NotFoundRoute />;
  }
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-labelledby="admin-nav-title">
        <Heading level={2} data-size="xs" id="admin-nav-title">
          {t('adminPeople.title')}
        </Heading>
        <ul>
          <li>
            <NavLink to={paths.adminPeople}>{t('adminPeople.nav.people')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminOrganisations}>{t('adminPeople.nav.organisations')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminLists}>{t('adminPeople.nav.lists')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminFields}>{t('adminPeople.nav.fields')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminWebhooks}>{t('adminPeople.nav.webhooks')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminFederation}>{t('adminPeople.nav.federation')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminErasure}>{t('adminPeople.nav.erasure')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.adminProcesses}>{t('adminPeople.nav.processes')}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="stack">
        <Outlet />
      </div>
    </div>
  );
}
