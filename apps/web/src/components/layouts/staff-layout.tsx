import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Grid, Layout, Menu, type MenuProps, Tag, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n';
import { BrandMark } from '../ui/brand-mark';
import { LanguageSwitch } from '../ui/language-switch';

export interface StaffLayoutUser {
  fullName: string;
  roleLabel: string;
  agencyName: string;
}

export interface StaffLayoutProps {
  brandTitle: string;
  homeHref: string;
  user: StaffLayoutUser;
  menuItems: MenuProps['items'];
  selectedKey: string;
  defaultOpenKeys: string[];
  onNavigate: (key: string) => void;
  onLogout: () => void;
  loggingOut?: boolean;
  children: ReactNode;
}

/** The staff workspace frame: menu on the left (a drawer on small screens), who is signed in on top. */
export function StaffLayout(props: StaffLayoutProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const menu = (
    <Menu
      mode="inline"
      items={props.menuItems}
      selectedKeys={[props.selectedKey]}
      defaultOpenKeys={props.defaultOpenKeys}
      onClick={({ key }) => {
        setDrawerOpen(false);
        props.onNavigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('staff.menuLabel')}
    />
  );

  return (
    <Layout className="staff-shell">
      <Layout.Header className="staff-header">
        {!isDesktop ? (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('staff.openMenu')}
            onClick={() => setDrawerOpen(true)}
            className="staff-header__menu-button"
          />
        ) : null}
        <Link to={props.homeHref} className="staff-header__brand">
          <BrandMark size={36} />
          <span className="staff-header__brand-text">
            <span className="staff-header__app">{t('app.name')}</span>
            <span className="staff-header__center">{props.brandTitle}</span>
          </span>
        </Link>
        <div className="staff-header__right">
          <div className="staff-header__user" data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#0b57a4' }} />
            <div className="staff-header__user-text">
              <span className="staff-header__user-name">{props.user.fullName}</span>
              <span className="staff-header__user-meta">
                <Tag color="blue" style={{ marginInlineEnd: 6 }}>
                  {props.user.roleLabel}
                </Tag>
                <span className="staff-header__agency">{props.user.agencyName}</span>
              </span>
            </div>
          </div>
          <LanguageSwitch />
          <Tooltip title={t('staff.logout')}>
            <Button icon={<LogoutOutlined />} onClick={props.onLogout} loading={props.loggingOut}>
              <span className="staff-header__logout-text">{t('staff.logout')}</span>
            </Button>
          </Tooltip>
        </div>
      </Layout.Header>
      <Layout>
        {isDesktop ? (
          <Layout.Sider width={256} theme="light" className="staff-sider">
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={280}
            title={t('staff.menuLabel')}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content className="staff-content">{props.children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
