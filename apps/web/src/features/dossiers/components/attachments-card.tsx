import { DownloadOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { Alert, App, Card, Select, Tag, Upload } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { attachmentUrl } from '../api/get-attachment';
import { type AttachmentKind, useUploadAttachment } from '../api/upload-attachment';
import { CLOSED_STATUSES } from '../due-state';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,application/pdf,image/png,image/jpeg,image/tiff,image/webp';

/** `123456` → `121 KB`, `2500000` → `2,4 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** Scans of the papers and of the result: download, and upload by drag and drop while the dossier is open. */
export function AttachmentsCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAttachment();
  const [kind, setKind] = useState<AttachmentKind>('COMPONENT');
  const [itemId, setItemId] = useState<string | undefined>(undefined);
  const open = !CLOSED_STATUSES.has(dossier.status);
  const documentName = (id: string | null) => dossier.documents.find((d) => d.checklistItemId === id)?.name;

  return (
    <Card title={t('dossier.attachments')} className="section-card" data-testid="attachments-card">
      {dossier.attachments.length === 0 ? (
        <p className="muted">{t('dossier.noAttachments')}</p>
      ) : (
        <ul className="plain-list attachment-list">
          {dossier.attachments.map((a) => (
            <li key={a.id} className="attachment-list__item">
              <PaperClipOutlined className="attachment-list__icon" />
              <div className="attachment-list__body">
                <a href={attachmentUrl(dossier.id, a.id)} download={a.fileName} className="attachment-list__name">
                  {a.fileName} <DownloadOutlined />
                </a>
                <div className="muted small">
                  <Tag color={a.kind === 'RESULT' ? 'green' : 'default'}>{t(`attachmentKind.${a.kind}`)}</Tag>
                  {documentName(a.checklistItemId) ? `${documentName(a.checklistItemId)} · ` : ''}
                  {formatFileSize(a.size)} · {formatDateTime(a.uploadedAt)}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <div className="attachment-upload">
          <div className="attachment-upload__options">
            <Select<AttachmentKind>
              value={kind}
              onChange={setKind}
              aria-label={t('dossier.uploadKind')}
              options={(['COMPONENT', 'RESULT'] as const).map((k) => ({ value: k, label: t(`attachmentKind.${k}`) }))}
              style={{ minWidth: 170 }}
            />
            {kind === 'COMPONENT' && dossier.documents.length ? (
              <Select<string>
                allowClear
                value={itemId}
                onChange={setItemId}
                placeholder={t('dossier.uploadItem')}
                aria-label={t('dossier.uploadItem')}
                options={dossier.documents.map((d) => ({ value: d.checklistItemId, label: d.name }))}
                popupMatchSelectWidth={false}
                style={{ flex: 1, minWidth: 0 }}
              />
            ) : null}
          </div>
          <Upload.Dragger
            accept={ACCEPT}
            multiple
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              if (file.size > MAX_UPLOAD_BYTES) {
                void message.error(t('dossier.uploadTooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              const f = file as File;
              upload.mutate(
                {
                  dossierId: dossier.id,
                  file: f,
                  kind,
                  checklistItemId: kind === 'COMPONENT' ? itemId : undefined,
                },
                {
                  onSuccess: (data) => {
                    void message.success(t('dossier.uploadDone', { name: f.name }));
                    onSuccess?.(data);
                  },
                  onError: (error) => onError?.(error),
                },
              );
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('dossier.uploadDrop')}</p>
            <p className="ant-upload-hint">{t('dossier.uploadHint')}</p>
          </Upload.Dragger>
          {upload.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={upload.error.message}
              className="attachment-upload__error"
            />
          ) : null}
        </div>
      ) : (
        <p className="muted small">{t('dossier.uploadClosed')}</p>
      )}
    </Card>
  );
}
