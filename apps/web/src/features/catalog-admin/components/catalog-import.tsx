import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import type { CatalogImportResult, ImportIssue } from '@mot-cua/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Spin,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { adminProcedureHref } from '../../../config/paths';
import { formatDecimal, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { CATALOG_TEMPLATE_URL } from '../api/get-catalog-template';
import { useImportCatalog } from '../api/import-catalog';
import { compareColumns, compareIssues, importFormatOf, importResultOfError, issueRows } from '../import-file';

/** `1,2 MB`, `850 KB`. */
function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatDecimal(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  return `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

type Change = CatalogImportResult['procedures'][number]['change'];
const changeColors: Record<Change, string> = { NEW: 'green', UPDATED: 'blue', UNCHANGED: 'default' };

/** Seconds since `active` became true (a long import shows that it is still working). */
function useElapsedSeconds(active: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!active) return;
    setSeconds(0);
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => window.clearInterval(timer);
  }, [active]);
  return seconds;
}

/**
 * Import of a catalog file (.xlsx from departments, .json from systems): "Kiểm tra" reports every issue where it
 * is fixed (sheet, row, column) and what the import would do; "Nhập" writes everything in one go, and is
 * offered only once the same file has been checked without issue.
 */
export function CatalogImport() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const importing = useImportCatalog();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ file: File; result: CatalogImportResult } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const mode = importing.isPending ? importing.variables?.mode : undefined;
  const elapsed = useElapsedSeconds(importing.isPending);
  const format = file ? importFormatOf(file.name) : null;
  const shown = result && result.file === file ? result.result : null;
  const canApply = !!shown && shown.valid && !shown.applied && !importing.isPending;

  const run = (runMode: 'validate' | 'apply') => {
    if (!file || !format) return;
    setFailure(null);
    importing.mutate(
      { file, format, mode: runMode },
      {
        onSuccess: (answer) => {
          setResult({ file, result: answer });
          if (answer.applied) {
            void message.success(
              t('catalogImport.appliedMessage', { new: answer.summary.new, updated: answer.summary.updated }),
            );
          }
        },
        onError: (error) => {
          const refused = importResultOfError(error);
          if (refused) setResult({ file, result: refused });
          else setFailure(error instanceof Error ? error.message : t('common.unexpectedError'));
        },
      },
    );
  };

  return (
    <>
      <Card className="section-card" title={t('catalogImport.chooseTitle')}>
        <Row gutter={24}>
          <Col xs={24} md={14}>
            <Upload.Dragger
              accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              multiple={false}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setFailure(null);
                importing.reset();
                return false;
              }}
              showUploadList={false}
              disabled={importing.isPending}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('catalogImport.drop')}</p>
              <p className="ant-upload-hint">{t('catalogImport.dropHint')}</p>
            </Upload.Dragger>
            {file && !format ? (
              <Alert type="error" showIcon title={t('catalogImport.badType')} className="import-alert" />
            ) : null}
          </Col>
          <Col xs={24} md={10}>
            <Typography.Paragraph className="import-help">{t('catalogImport.help')}</Typography.Paragraph>
            <ul className="bullet-list small muted">
              <li>{t('catalogImport.helpAllOrNothing')}</li>
              <li>{t('catalogImport.helpPublish')}</li>
              <li>{t('catalogImport.helpDraft')}</li>
            </ul>
            <Button icon={<DownloadOutlined />} href={CATALOG_TEMPLATE_URL} download>
              {t('catalogAdmin.template')}
            </Button>
          </Col>
        </Row>
        <Flex gap={8} wrap align="center" className="import-actions">
          {file ? (
            <span className="import-file" data-testid="import-chosen">
              {format === 'xlsx' ? <FileExcelOutlined /> : <FileTextOutlined />}
              <span className="strong">{file.name}</span>
              <span className="muted small">
                {format ? t(format === 'xlsx' ? 'catalogImport.formatXlsx' : 'catalogImport.formatJson') : ''}
                {format ? ' · ' : ''}
                {formatFileSize(file.size)}
              </span>
            </span>
          ) : (
            <Typography.Text type="secondary">{t('catalogImport.noFile')}</Typography.Text>
          )}
          <Button
            icon={<CheckCircleOutlined />}
            onClick={() => run('validate')}
            disabled={!format || importing.isPending}
            loading={mode === 'validate'}
          >
            {t('catalogImport.validate')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            onClick={() => run('apply')}
            disabled={!canApply}
            loading={mode === 'apply'}
            title={canApply ? undefined : t('catalogImport.applyHint')}
          >
            {t('catalogImport.apply')}
          </Button>
          {!canApply && !importing.isPending && !shown?.applied ? (
            <Typography.Text type="secondary" className="small">
              {t('catalogImport.applyHint')}
            </Typography.Text>
          ) : null}
        </Flex>
        {importing.isPending ? (
          <div className="import-progress" role="status" data-testid="import-progress">
            <Spin />
            <span>
              {t(mode === 'apply' ? 'catalogImport.applying' : 'catalogImport.validating', {
                name: file?.name ?? '',
                s: elapsed,
              })}
            </span>
          </div>
        ) : null}
        {failure ? <Alert type="error" showIcon title={failure} className="import-alert" role="alert" /> : null}
      </Card>

      {shown ? <ImportReport result={shown} /> : null}
    </>
  );
}

type IssueRow = ImportIssue & { key: number };

/** What the check (or the import) found: the summary, every issue where it is fixed, and each procedure's fate. */
function ImportReport({ result }: { result: CatalogImportResult }) {
  const { t } = useI18n();
  const issues: IssueRow[] = [...result.issues].sort(compareIssues).map((issue, i) => ({ ...issue, key: i }));
  const issueColumns: TableColumnsType<IssueRow> = [
    {
      title: t('catalogImport.sheet'),
      dataIndex: 'sheet',
      width: 110,
      sorter: (a, b) => a.sheet.localeCompare(b.sheet, 'vi'),
      render: (sheet: string) => sheet || <span className="muted">{t('catalogImport.wholeFile')}</span>,
    },
    {
      title: t('catalogImport.row'),
      key: 'row',
      width: 76,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.row - b.row || compareIssues(a, b),
      render: (_, issue) => <span className="nowrap">{issueRows(issue)}</span>,
    },
    {
      title: t('catalogImport.column'),
      dataIndex: 'column',
      width: 64,
      sorter: (a, b) => compareColumns(a.column, b.column),
      render: (column: string | undefined) => (column ? <span className="mono">{column}</span> : null),
    },
    {
      title: t('catalogImport.field'),
      dataIndex: 'field',
      width: 190,
      sorter: (a, b) => (a.field ?? '').localeCompare(b.field ?? ''),
      render: (field: string | undefined) => (field ? <span className="mono small break-all">{field}</span> : null),
    },
    {
      title: t('catalogImport.code'),
      dataIndex: 'code',
      width: 170,
      filters: [...new Set(result.issues.map((i) => i.code))].map((c) => ({ text: c, value: c })),
      onFilter: (value, issue) => issue.code === value,
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (code: string) => <Tag>{code}</Tag>,
    },
    { title: t('catalogImport.message'), dataIndex: 'message' },
  ];

  const procedures = result.procedures;
  const title = result.applied
    ? t('catalogImport.applied', { new: result.summary.new, updated: result.summary.updated })
    : result.valid
      ? t('catalogImport.valid')
      : t('catalogImport.invalid', { n: result.issues.length });
  return (
    <Card className="section-card" title={t('catalogImport.resultTitle')} data-testid="import-result">
      <Alert
        type={result.applied || result.valid ? 'success' : 'error'}
        showIcon
        title={title}
        description={
          result.applied ? undefined : result.valid ? t('catalogImport.validText') : t('catalogImport.invalidText')
        }
        className="import-alert"
      />
      <Row gutter={16} className="import-summary">
        <Col xs={8}>
          <Statistic title={t('catalogImport.summary.new')} value={formatInteger(result.summary.new)} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('catalogImport.summary.updated')} value={formatInteger(result.summary.updated)} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('catalogImport.summary.unchanged')} value={formatInteger(result.summary.unchanged)} />
        </Col>
      </Row>
      {issues.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('catalogImport.issuesTitle', { n: issues.length })}</Typography.Title>
          <Table<IssueRow>
            rowKey="key"
            size="small"
            columns={issueColumns}
            dataSource={issues}
            pagination={issues.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 860 }}
            data-testid="import-issues"
          />
        </>
      ) : null}
      {procedures.length > 0 ? (
        <>
          <Typography.Title level={5} className="import-procedures-title">
            {t('catalogImport.proceduresTitle', { n: procedures.length })}
          </Typography.Title>
          <Table
            rowKey="code"
            size="small"
            dataSource={procedures}
            pagination={procedures.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 700 }}
            data-testid="import-procedures"
            columns={[
              {
                title: t('catalogAdmin.field.procedureCode'),
                dataIndex: 'code',
                width: 120,
                sorter: (a, b) => a.code.localeCompare(b.code),
                render: (code: string) => (
                  <Link to={adminProcedureHref(code)} className="mono">
                    {code}
                  </Link>
                ),
              },
              {
                title: t('catalogAdmin.field.procedureName'),
                dataIndex: 'name',
                sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
              },
              {
                title: t('catalogImport.change'),
                dataIndex: 'change',
                width: 160,
                filters: (['NEW', 'UPDATED', 'UNCHANGED'] as const).map((c) => ({
                  text: t(`catalogImport.change.${c}`),
                  value: c,
                })),
                onFilter: (value, p) => p.change === value,
                sorter: (a, b) => a.change.localeCompare(b.change),
                render: (change: Change) => (
                  <Tag color={changeColors[change]}>{t(`catalogImport.change.${change}`)}</Tag>
                ),
              },
              {
                title: t('catalogAdmin.version'),
                dataIndex: 'version',
                width: 100,
                align: 'center',
                render: (version: number | null) => (version === null ? '—' : `v${version}`),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
