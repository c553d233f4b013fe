import { BookOutlined, DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { DATE_FORMAT, type Dayjs, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
import { formatPlainDate, vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { fetchRegisterPdf, type RegisterPeriod, registerFileName } from '../api/get-register';
import { defaultRegisterPeriod } from '../register-period';

/**
 * "In sổ theo dõi hồ sơ": choose the days of reception, the server prints the register (Form 06 / 2025 Form 07)
 * of the dossiers the viewer may see. Printing many rows takes seconds, so the modal shows that it is working,
 * then offers the PDF to open or save; a refused period shows the server's message (for example, too many rows).
 */
export function RegisterPrint() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null]>(() => {
    const period = defaultRegisterPeriod(vietnamToday(new Date()));
    return [plainDateToDayjs(period.from), plainDateToDayjs(period.to)];
  });
  const [file, setFile] = useState<{ url: string; name: string; period: RegisterPeriod } | null>(null);
  const render = useMutation({ mutationFn: (period: RegisterPeriod) => fetchRegisterPdf(period) });

  // The PDF lives in memory as an object URL: release it when replaced or when the modal closes.
  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);

  const period: RegisterPeriod | null =
    range[0] && range[1] ? { from: dayjsToPlainDate(range[0])!, to: dayjsToPlainDate(range[1])! } : null;

  const print = () => {
    if (!period) return;
    setFile(null);
    render.mutate(period, {
      onSuccess: (blob) => setFile({ url: URL.createObjectURL(blob), name: registerFileName(period), period }),
    });
  };

  const close = () => {
    setOpen(false);
    setFile(null);
    render.reset();
  };

  return (
    <>
      <Button icon={<BookOutlined />} onClick={() => setOpen(true)}>
        {t('register.open')}
      </Button>
      <Modal
        open={open}
        title={t('register.title')}
        onCancel={close}
        okText={t('register.print')}
        cancelText={t('common.close')}
        onOk={print}
        okButtonProps={{ disabled: !period, loading: render.isPending }}
        destroyOnHidden
      >
        <p className="muted small">{t('register.intro')}</p>
        <label className="register-print__field">
          <span>{t('register.period')}</span>
          <DatePicker.RangePicker
            value={range}
            format={DATE_FORMAT}
            allowClear={false}
            onChange={(value) => {
              setRange(value ? [value[0], value[1]] : [null, null]);
              setFile(null);
              render.reset();
            }}
            aria-label={t('register.period')}
          />
        </label>
        {render.isPending ? (
          <div className="register-print__status" role="status">
            <Spin size="small" /> {t('register.working')}
          </div>
        ) : null}
        {render.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="register-print__status"
            title={render.error instanceof ApiError ? render.error.message : t('register.failed')}
          />
        ) : null}
        {file ? (
          <div className="register-print__status" data-testid="register-ready">
            <p>
              <FilePdfOutlined />{' '}
              {t('register.ready', { from: formatPlainDate(file.period.from), to: formatPlainDate(file.period.to) })}
            </p>
            <div className="register-print__actions">
              <Button type="primary" href={file.url} target="_blank" rel="noopener" icon={<FilePdfOutlined />}>
                {t('register.openPdf')}
              </Button>
              <Button href={file.url} download={file.name} icon={<DownloadOutlined />}>
                {t('register.download')}
              </Button>
            </div>
          </div>
        ) : null}
      </Modal>
    </>
  );
}
