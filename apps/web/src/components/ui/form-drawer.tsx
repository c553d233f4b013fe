import { Button, Drawer, Grid, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

/** A side panel holding a create/edit form, with Cancel and Save at the bottom. */
export function FormDrawer({
  open,
  title,
  onClose,
  onSave,
  saving,
  saveText,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSave: () => void;
  saving?: boolean;
  /** The label of the confirm button when it does not save to the server (default "Lưu"). */
  saveText?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={onSave} loading={saving}>
            {saveText ?? t('common.save')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
