import { EnvironmentOutlined, LoginOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n';
import { centerQueryOptions } from '../../lib/org-queries';
import { BrandMark } from '../ui/brand-mark';
import { LanguageSwitch } from '../ui/language-switch';

/** The frame of every public page: the center's name, the main links, and its contacts in the footer. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const center = useQuery(centerQueryOptions());
  const name = center.data?.name ?? t('portal.defaultCenterName');
  const parentBody = center.data?.parentBody;

  const navItems = [
    { to: paths.home, label: t('portal.nav.home'), end: true },
    { to: paths.procedures, label: t('portal.nav.procedures') },
    { to: paths.dossierLookup, label: t('portal.nav.lookup') },
    { to: paths.appointments, label: t('portal.nav.appointments') },
    { to: paths.dueDate, label: t('portal.nav.dueDate') },
  ];

  return (
    <div className="public-shell">
      <div className="gov-strip">
        <div className="container gov-strip__inner">
          <span className="gov-strip__text">{t('portal.strip')}</span>
          <span className="gov-strip__actions">
            <LanguageSwitch />
            <Link to={paths.login} className="gov-strip__login">
              <LoginOutlined /> {t('portal.staffLogin')}
            </Link>
          </span>
        </div>
      </div>
      <header className="public-header">
        <div className="container public-header__inner">
          <Link to={paths.home} className="public-header__brand" aria-label={name}>
            <BrandMark size={64} />
          </Link>
          <div className="public-header__titles">
            {parentBody ? <div className="public-header__parent">{parentBody}</div> : null}
            <h1 className="public-header__name">{name}</h1>
          </div>
        </div>
      </header>
      <nav className="public-nav" aria-label={t('portal.nav.label')}>
        <div className="container public-nav__inner">
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              end={item.end}
              className={({ isActive }) => `public-nav__link${isActive ? ' is-active' : ''}`}
            >
              {item.label}
            </NavLink>
          ))}
        </div>
      </nav>
      <main className="public-main">{children}</main>
      <footer className="public-footer">
        <div className="container public-footer__inner">
          <div>
            <div className="public-footer__name">{name}</div>
            {parentBody ? (
              <div className="public-footer__muted">{t('portal.footer.parent', { body: parentBody })}</div>
            ) : null}
          </div>
          {center.data ? (
            <ul className="public-footer__contacts">
              <li>
                <EnvironmentOutlined /> {center.data.address}
              </li>
              {center.data.phone ? (
                <li>
                  <PhoneOutlined /> {center.data.phone}
                </li>
              ) : null}
              {center.data.email ? (
                <li>
                  <MailOutlined /> <a href={`mailto:${center.data.email}`}>{center.data.email}</a>
                </li>
              ) : null}
            </ul>
          ) : null}
        </div>
      </footer>
    </div>
  );
}
