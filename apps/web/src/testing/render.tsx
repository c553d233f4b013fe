import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import en_US from 'antd/locale/en_US';
import vi_VN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Language } from '../lib/i18n';

/** Renders a component with the app's providers (language, antd locale, a fresh query client, a router). */
export function renderWithProviders(
  ui: ReactElement,
  { lang = 'vi', path = '/' }: { lang?: Language; path?: string } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider initial={lang}>
      <ConfigProvider locale={lang === 'en' ? en_US : vi_VN}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ConfigProvider>
    </I18nProvider>,
  );
}
