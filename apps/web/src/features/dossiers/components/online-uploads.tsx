import { CheckCircleFilled, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, List, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useUploadOnlineAttachment } from '../api/upload-online-attachment';

interface Item {
  id: string;
  name: string;
  required: boolean;
}

/**
 * After an online submission: the applicant attaches a scan of each paper (optional; the desk may still ask for
 * the originals). Each file goes up on its own, so one refused file (wrong type, too large) does not stop the rest.
 */
export function OnlineUploads({ dossierId, verify, items }: { dossierId: string; verify: string; items: Item[] }) {
  const { t } = useI18n();
  const upload = useUploadOnlineAttachment();
  const [done, setDone] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  return (
    <div className="online-uploads" data-testid="online-uploads">
      <h3 className="online-uploads__title">{t('onlineSubmit.uploadsTitle')}</h3>
      <p className="muted small">{t('onlineSubmit.uploadsNote')}</p>
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Upload
                key="upload"
                accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp"
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) => {
                  const f = file as File;
                  upload.mutate(
                    { dossierId, verify, checklistItemId: item.id, file: f },
                    {
                      onSuccess: (data) => {
                        setDone((d) => ({ ...d, [item.id]: [...(d[item.id] ?? []), f.name] }));
                        setErrors(({ [item.id]: _gone, ...rest }) => rest);
                        onSuccess?.(data);
                      },
                      onError: (error) => {
                        setErrors((e) => ({
                          ...e,
                          [item.id]: error instanceof ApiError ? error.message : t('onlineSubmit.uploadFailed'),
                        }));
                        onError?.(error);
                      },
                    },
                  );
                }}
              >
                <Button
                  icon={<UploadOutlined />}
                  loading={upload.isPending && upload.variables?.checklistItemId === item.id}
                >
                  {t('onlineSubmit.upload')}
                </Button>
              </Upload>,
            ]}
          >
            <List.Item.Meta
              avatar={
                done[item.id]?.length ? <CheckCircleFilled className="online-uploads__ok" /> : <PaperClipOutlined />
              }
              title={item.name}
              description={
                <>
                  {done[item.id]?.length ? (
                    <span className="small">
                      {t('onlineSubmit.uploaded')}: {done[item.id]!.join(', ')}
                    </span>
                  ) : null}
                  {errors[item.id] ? <Alert type="error" showIcon title={errors[item.id]} /> : null}
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
