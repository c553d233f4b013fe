import { BookOutlined, CalendarOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { type MessageKey, useI18n } from '../../../lib/i18n';

const links: { to: string; icon: ReactNode; title: MessageKey; text: MessageKey }[] = [
  {
    to: paths.dossierLookup,
    icon: <FileSearchOutlined />,
    title: 'portal.quick.lookup',
    text: 'portal.quick.lookupText',
  },
  {
    to: paths.procedures,
    icon: <BookOutlined />,
    title: 'portal.quick.procedures',
    text: 'portal.quick.proceduresText',
  },
  {
    to: paths.appointments,
    icon: <CalendarOutlined />,
    title: 'portal.quick.appointments',
    text: 'portal.quick.appointmentsText',
  },
];

export function QuickLinks() {
  const { t } = useI18n();
  return (
    <nav className="quick-links" aria-label={t('portal.quick.label')}>
      {links.map((link) => (
        <Link key={link.to} to={link.to} className="quick-link">
          <span className="quick-link__icon">{link.icon}</span>
          <span>
            <span className="quick-link__title">{t(link.title)}</span>
            <span className="quick-link__text">{t(link.text)}</span>
          </span>
        </Link>
      ))}
    </nav>
  );
}
