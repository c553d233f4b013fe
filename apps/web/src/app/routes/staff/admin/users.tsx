import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { User } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { useSessionUser } from '../../../../features/auth/api/get-me';
import { usersQueryOptions } from '../../../../features/admin-users/api/get-users';
import { ResetPasswordModal } from '../../../../features/admin-users/components/reset-password-modal';
import { UserFormDrawer } from '../../../../features/admin-users/components/user-form-drawer';
import { UsersTable } from '../../../../features/admin-users/components/users-table';
import { useI18n } from '../../../../lib/i18n';
import { agenciesQueryOptions } from '../../../../lib/org-queries';
import { useDocumentTitle } from '../../../use-document-title';

/** Staff accounts: who may sign in, with which role, for which agency. */
export function AdminUsersRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('users.title'));
  const me = useSessionUser();
  const users = useQuery(usersQueryOptions());
  const agencies = useQuery(agenciesQueryOptions());
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({ open: false, user: null });
  const [resetFor, setResetFor] = useState<User | null>(null);
  const list = users.data ?? [];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, user: null })}>
            {t('users.create')}
          </Button>
        }
      />
      <Card className="section-card">
        <Flex gap={12} wrap align="center" className="table-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 320 }}
            aria-label={t('users.searchPlaceholder')}
          />
          <Typography.Text type="secondary">
            {t('users.summary', { n: list.length, active: list.filter((u) => u.active).length })}
          </Typography.Text>
        </Flex>
        {users.isError ? <QueryError error={users.error} onRetry={() => void users.refetch()} /> : null}
        <UsersTable
          users={list}
          search={search}
          loading={users.isPending}
          onEdit={(user) => setDrawer({ open: true, user })}
          onResetPassword={setResetFor}
        />
      </Card>
      <UserFormDrawer
        open={drawer.open}
        user={drawer.user}
        agencies={agencies.data ?? []}
        currentUserId={me.id}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
      <ResetPasswordModal user={resetFor} onClose={() => setResetFor(null)} />
    </>
  );
}
