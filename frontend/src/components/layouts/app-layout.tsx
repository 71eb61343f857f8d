import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { useUser } from '../../lib/auth';

import { LanguageSwitch } from '../language-switch';
import { UserMenu } from '../user-menu';

import { MainNavigation } from './main-navigation';

interface AppLayoutProps {
  /** Shown in the header to a signed-in user: the notification bell, composed in src/app. */
  bell?: ReactNode;
}

/**
 * The header and the page. On a wide screen the navigation, the language and the user's menu
 * sit in the header; on a phone (below 60rem) they fold behind a "Menu" button, a disclosure
 * that Escape, a click on a link or a change of page closes again.
 */
export function AppLayout({ bell }: AppLayoutProps) {
  const { t } = useTranslation();
  const { data: user } = useUser();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const [shownFor, setShownFor] = useState(pathname);
  // A new page closes the menu (set while rendering, as React advises for derived state).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <Button
          ref={button}
          variant="tertiary"
          data-size="sm"
          className="app-menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => {
            setOpen((wasOpen) => !wasOpen);
          }}
        >
          <MenuIcon open={open} />
          {t('header.menu')}
        </Button>
        <div id={menuId} className="app-header-menu" data-open={open || undefined}>
          <MainNavigation />
          <div className="header-tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        {user && <div className="header-bell">{bell}</div>}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" width="1.25em" height="1.25em" viewBox="0 0 24 24" fill="none">
      <path
        d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
