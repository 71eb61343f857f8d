import { NavLink, Outlet } from 'react-router';

import { paths } from '../../config/paths';

export function AppLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">CivicLab</span>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home} end>
                Home
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.board}>Board</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
