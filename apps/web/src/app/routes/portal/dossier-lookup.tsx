import { useQuery } from '@tanstack/react-query';
import { Alert, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { QueryError } from '../../../components/ui/query-error';
import { type LookupInput, lookupQueryOptions } from '../../../features/dossier-lookup/api/lookup-dossier';
import { LookupForm } from '../../../features/dossier-lookup/components/lookup-form';
import { LookupResult } from '../../../features/dossier-lookup/components/lookup-result';
import { codeFromParams } from '../../../features/dossier-lookup/lookup-values';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/**
 * `/tra-cuu` (no login): a dossier's status by its code and the last 4 digits of the phone. The code may come
 * in the address (`?ma=`, the QR code on the receipt); the digits never go in the address.
 */
export function DossierLookupRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('lookup.title'));
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState<LookupInput | null>(null);
  const lookup = useQuery({ ...lookupQueryOptions(input ?? { code: '', verify: '' }), enabled: input !== null });

  const onLookup = (next: LookupInput) => {
    if (input && next.code === input.code && next.verify === input.verify) void lookup.refetch();
    setInput(next);
    setParams({ ma: next.code }, { replace: true });
  };

  const error = lookup.error;
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  const tooMany = isApiError(error) && error.status === 429;

  return (
    <PublicLayout>
      <div className="container portal-body lookup-page">
        <div className="portal-page-head">
          <h2 className="portal-page-head__title">{t('lookup.title')}</h2>
          <p className="portal-page-head__text">{t('lookup.intro')}</p>
        </div>
        <Card className="portal-card">
          <LookupForm initialCode={codeFromParams(params)} loading={lookup.isFetching} onLookup={onLookup} />
        </Card>
        {input && lookup.isError ? (
          notFound ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('lookup.notFoundTitle')}
              description={t('lookup.notFound')}
              data-testid="lookup-not-found"
            />
          ) : tooMany ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('lookup.tooManyTitle')}
              description={t('lookup.tooMany')}
            />
          ) : (
            <QueryError error={error} onRetry={() => void lookup.refetch()} />
          )
        ) : null}
        {input && lookup.data ? <LookupResult dossier={lookup.data} verify={input.verify} /> : null}
      </div>
    </PublicLayout>
  );
}
