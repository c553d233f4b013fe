import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import en_US from 'antd/locale/en_US';
import vi_VN from 'antd/locale/vi_VN';
import { type ReactNode, useState } from 'react';
import { meQueryKey } from '../features/auth/api/get-me';
import { dayjs } from '../lib/dayjs';
import { I18nProvider, useI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** Sober government colours: a deep blue for actions, the national red as an accent only. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b57a4',
    colorLink: '#0b57a4',
    colorError: '#c8102e',
    borderRadius: 6,
    fontFamily: '"Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
    fontSize: 15,
    // antd's greys (45% and 25% black) fall below the WCAG 2.1 AA contrast of 4.5:1 on white; secondary text,
    // breadcrumbs, field help and placeholders use greys that meet it (6.0:1 and 5.3:1 on white, 4.6:1 or more on the page greys).
    colorTextSecondary: '#5b6472',
    colorTextDescription: '#5b6472',
    colorTextTertiary: '#646c79',
    colorTextPlaceholder: '#646c79',
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 64, headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f3f5f8' },
    Menu: { itemSelectedBg: '#e6eef8', itemSelectedColor: '#0b57a4' },
    Table: { headerBg: '#f0f4f9' },
  },
};

function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  // dayjs holds the locale globally (pickers, weekday names): switch it before rendering.
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={lang === 'en' ? en_US : vi_VN} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

function QueryProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      // A 401 elsewhere means the session ended: ask who we are again (the staff area then goes to login).
      // Only while the session looked valid, so a failing /me does not ask itself again.
      onUnauthenticated: () => {
        if (client.getQueryState(meQueryKey)?.status === 'success') {
          void client.invalidateQueries({ queryKey: meQueryKey });
        }
      },
      // A refused CSRF token: fetch the session's current one (the user then retries the save).
      onCsrfRejected: () => void client.invalidateQueries({ queryKey: meQueryKey }),
    });
    return client;
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <AntdProvider>
        <QueryProvider>{children}</QueryProvider>
      </AntdProvider>
    </I18nProvider>
  );
}
