import { PaperClipOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useUploadOnlineAttachment } from '../../dossiers/api/upload-online-attachment';
import { useResubmitDossier } from '../api/resubmit-dossier';

/**
 * An online dossier the desk sent back at intake (Form 02): the applicant attaches the completed papers and sends
 * it again, proving it is theirs with the phone digits already entered for the lookup.
 */
export function ResubmitPanel({ reference, verify }: { reference: string; verify: string }) {
  const { t } = useI18n();
  const upload = useUploadOnlineAttachment();
  const resubmit = useResubmitDossier();
  const [files, setFiles] = useState<string[]>([]);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const messageOf = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

  return (
    <section className="resubmit-panel" data-testid="resubmit-panel">
      <h3 className="lookup-result__subtitle">{t('lookup.resubmitTitle')}</h3>
      <p className="muted small">{t('lookup.resubmitNote')}</p>
      {files.length ? (
        <ul className="resubmit-panel__files">
          {files.map((name, i) => (
            <li key={`${name}-${i}`}>
              <PaperClipOutlined /> {name}
            </li>
          ))}
        </ul>
      ) : null}
      {uploadError ? <Alert type="error" showIcon title={uploadError} className="resubmit-panel__alert" /> : null}
      {resubmit.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={messageOf(resubmit.error, t('lookup.resubmitFailed'))}
          className="resubmit-panel__alert"
        />
      ) : null}
      <div className="resubmit-panel__actions">
        <Upload
          accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            const f = file as File;
            upload.mutate(
              { dossierId: reference, verify, file: f },
              {
                onSuccess: (data) => {
                  setFiles((list) => [...list, f.name]);
                  setUploadError(null);
                  onSuccess?.(data);
                },
                onError: (error) => {
                  setUploadError(messageOf(error, t('onlineSubmit.uploadFailed')));
                  onError?.(error);
                },
              },
            );
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('lookup.resubmitUpload')}
          </Button>
        </Upload>
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={resubmit.isPending}
          onClick={() => resubmit.mutate({ reference, verify })}
        >
          {t('lookup.resubmit')}
        </Button>
      </div>
    </section>
  );
}
