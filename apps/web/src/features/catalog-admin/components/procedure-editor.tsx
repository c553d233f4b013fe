import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  DeleteOutlined,
  ExportOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { AdminProcedure, Agency, ProcedureFile, ProcedureIssue } from '@mot-cua/contracts';
import { Alert, App, Badge, Button, Flex, Form, Tabs, Tag, Tooltip, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { procedureHref } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useCreateProcedure } from '../api/create-procedure';
import { useDiscardProcedureDraft } from '../api/discard-procedure-draft';
import { usePublishProcedure } from '../api/publish-procedure';
import { useResumeProcedure } from '../api/resume-procedure';
import { useSaveProcedureDraft } from '../api/save-procedure-draft';
import { useSuspendProcedure } from '../api/suspend-procedure';
import { useValidateProcedure } from '../api/validate-procedure';
import {
  EDITOR_TABS,
  type EditorTab,
  fieldErrorsOfIssues,
  issuesFromError,
  issuesFromFormErrors,
  issuesPerTab,
  issueTarget,
  type PathSegment,
} from '../editor-issues';
import {
  emptyProcedure,
  type ProcedureFormValues,
  recodeCases,
  toFormValues,
  toProcedureFile,
} from '../procedure-form';
import { CasesTab } from './cases-tab';
import { ChannelsTab } from './channels-tab';
import { ChecklistTab } from './checklist-tab';
import { GeneralTab } from './general-tab';
import { IssuesPanel, type IssuesState } from './issues-panel';
import { NoteModal } from './note-modal';
import { DraftTag, ProcedureStatusTag } from './procedure-status-tag';
import { ResultsTab } from './results-tab';
import { VersionHistory } from './version-history';

/** The form's name: antd gives each input the id `procedure_<path>` (`procedure_cases_0_name`). */
const FORM_NAME = 'procedure';
/** Fields the server's schema needs even in a draft (an agency code must be a real identifier code). */
const DRAFT_FIELDS: PathSegment[][] = [['code'], ['decidingAgencyCode'], ['receivingAgencyCode'], ['effectiveFrom']];

type Dialog = 'publish' | 'suspend' | 'resume' | null;

const errorText = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);

/**
 * The editor of one procedure (or of a new one): its tabs hold the exchange format's fields; "Lưu nháp" keeps a
 * draft (copy on write: the published version stays in force), "Kiểm tra" runs the catalog rules, "Công bố"
 * makes the draft the version in force. Issues name their tab and field; clicking one takes the user there.
 */
export function ProcedureEditor({
  data,
  agencies,
  fields,
  defaultReceivingCode,
  onCreated,
  onRemoved,
}: {
  /** null: a new procedure. */
  data: AdminProcedure | null;
  agencies: readonly Agency[];
  fields: readonly string[];
  defaultReceivingCode: string;
  onCreated: (code: string) => void;
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ProcedureFormValues>();
  const isNew = data === null;
  const code = data?.code ?? '';

  const create = useCreateProcedure();
  const saveDraft = useSaveProcedureDraft();
  const validate = useValidateProcedure();
  const publish = usePublishProcedure();
  const discard = useDiscardProcedureDraft();
  const suspend = useSuspendProcedure();
  const resume = useResumeProcedure();

  const initial = useMemo(
    () => toFormValues(data?.procedure ?? emptyProcedure(vietnamToday(new Date()), defaultReceivingCode)),
    // The form keeps its own state; later versions are put in by the effect below.
    [],
  );
  const [tab, setTab] = useState<EditorTab>('general');
  const [dirty, setDirtyState] = useState(false);
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };
  const [issues, setIssues] = useState<IssuesState>({ kind: 'saved', issues: data?.issues ?? [] });
  const flagged = useRef<PathSegment[][]>([]);
  const previousCode = useRef(initial.code);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<'save' | 'check' | 'publish' | null>(null);
  /**
   * The revision the form's content is based on (not the latest fetched: a background refetch while the form is
   * being edited must not make a stale edit look current). Writes send it as If-Match.
   */
  const revision = useRef(data?.revision);
  const name = (Form.useWatch('name', form) as string | undefined) ?? '';

  /** Shows issues in the panel and under their fields (clearing the previous ones). */
  const showIssues = (state: IssuesState) => {
    setIssues(state);
    const next = fieldErrorsOfIssues(state.issues);
    const clear = flagged.current
      .filter((f) => !next.some((n) => JSON.stringify(n.name) === JSON.stringify(f)))
      .map((f) => ({ name: f, errors: [] as string[] }));
    flagged.current = next.map((n) => n.name);
    form.setFields([...clear, ...next] as unknown as Parameters<typeof form.setFields>[0]);
  };

  // A new version from the server (after a save, a discard, a publication) replaces the form when nothing is
  // being edited.
  const dataKey = data ? `${data.version.id}|${data.updatedAt}|${data.status}` : 'new';
  useEffect(() => {
    if (!data || dirtyRef.current) return;
    revision.current = data.revision;
    const values = toFormValues(data.procedure);
    previousCode.current = values.code;
    form.setFieldsValue(values);
  }, [dataKey, dirty]);

  // Leaving with unsaved changes asks first (inside the app and when closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('catalogAdmin.leaveTitle'),
      content: t('catalogAdmin.leaveText'),
      okText: t('catalogAdmin.leave'),
      okButtonProps: { danger: true },
      cancelText: t('catalogAdmin.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Opens the issue's tab, then focuses its field, or scrolls to the part of the editor it is about. */
  const focusIssue = (issue: ProcedureIssue) => {
    const target = issueTarget(issue.path);
    setTab(target.tab);
    window.setTimeout(() => {
      // Centred rather than "if needed": the sticky action bar may hide a field at the bottom of the window.
      const input = target.field ? document.getElementById([FORM_NAME, ...target.field].join('_')) : null;
      if (input) {
        input.scrollIntoView({ block: 'center', behavior: 'smooth' });
        input.focus({ preventScroll: true });
        return;
      }
      for (const id of target.anchors) {
        const element = document.getElementById(id);
        if (!element) continue;
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        element.classList.add('is-flashing');
        window.setTimeout(() => element.classList.remove('is-flashing'), 1600);
        return;
      }
    }, 80);
  };

  /** The form as the exchange format, once the fields a draft needs are filled in. */
  const collect = async (): Promise<ProcedureFile | null> => {
    try {
      await form.validateFields(DRAFT_FIELDS);
    } catch (error) {
      const errorFields = (error as { errorFields?: { name: PathSegment[]; errors: string[] }[] }).errorFields ?? [];
      const list = issuesFromFormErrors(errorFields);
      setIssues({ kind: 'refused', issues: list, message: t('catalogAdmin.formIncomplete', { n: list.length }) });
      if (list[0]) focusIssue(list[0]);
      return null;
    }
    // Every value of the store, also of fields the editor does not show (e.g. a fee's note).
    return toProcedureFile(form.getFieldsValue(true) as ProcedureFormValues, data?.procedure);
  };

  /** Creates the procedure (new) or saves its draft; the issues of the saved draft are shown. */
  const save = async (): Promise<AdminProcedure | null> => {
    const file = await collect();
    if (!file) return null;
    try {
      const result = isNew
        ? await create.mutateAsync(file)
        : await saveDraft.mutateAsync({ code, file, revision: revision.current });
      revision.current = result.revision;
      setDirty(false);
      showIssues({ kind: 'saved', issues: result.issues });
      return result;
    } catch (error) {
      const list = issuesFromError(error);
      showIssues({
        kind: 'refused',
        issues: list,
        message:
          isNew && list.length > 0
            ? t('catalogAdmin.createRefused', { n: list.length })
            : errorText(error, t('common.unexpectedError')),
      });
      if (list[0]) focusIssue(list[0]);
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    const result = await save();
    setBusy(null);
    if (!result) return;
    void message.success(
      isNew
        ? t('catalogAdmin.created', { code: result.code })
        : t('catalogAdmin.saved', { version: result.version.version }),
    );
    if (isNew) onCreated(result.code);
  };

  const onCheck = async () => {
    setBusy('check');
    try {
      if (dirtyRef.current && !(await save())) return;
      const result = await validate.mutateAsync(code);
      showIssues({ kind: 'checked', issues: result.issues, version: result.version });
    } catch (error) {
      void message.error(errorText(error, t('common.unexpectedError')));
    } finally {
      setBusy(null);
    }
  };

  const onPublish = async (note: string) => {
    setBusy('publish');
    try {
      let target = code;
      if (isNew || dirtyRef.current) {
        const saved = await save();
        if (!saved) return setDialog(null);
        target = saved.code;
        if (saved.issues.length > 0) {
          setDialog(null);
          showIssues({
            kind: 'refused',
            issues: saved.issues,
            message: t('catalogAdmin.publishBlocked', { n: saved.issues.length }),
          });
          if (isNew) onCreated(saved.code);
          return;
        }
      }
      const published = await publish.mutateAsync({ code: target, note, revision: revision.current });
      revision.current = published.revision;
      setDialog(null);
      showIssues({ kind: 'saved', issues: [] });
      void message.success(t('catalogAdmin.publishedMessage', { version: published.version.version }));
      if (isNew) onCreated(published.code);
    } catch (error) {
      const list = issuesFromError(error);
      if (list.length > 0 || !isApiError(error) || error.status !== 400) {
        setDialog(null);
        showIssues({ kind: 'refused', issues: list, message: errorText(error, t('common.unexpectedError')) });
        if (list[0]) focusIssue(list[0]);
      }
    } finally {
      setBusy(null);
    }
  };

  const onDiscard = () => {
    if (!data) return;
    const removes = data.publishedVersion === null;
    modal.confirm({
      title: t('catalogAdmin.discardTitle', { version: data.draftVersion ?? '' }),
      content: removes ? t('catalogAdmin.discardRemovesText') : t('catalogAdmin.discardText'),
      okText: t('catalogAdmin.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await discard.mutateAsync({ code, removes, revision: revision.current });
          setDirty(false);
          showIssues({ kind: 'saved', issues: [] });
          void message.success(removes ? t('catalogAdmin.removed', { code }) : t('catalogAdmin.discarded'));
          if (removes) onRemoved();
        } catch (error) {
          void message.error(errorText(error, t('common.unexpectedError')));
        }
      },
    });
  };

  const onUndo = () => {
    if (data) form.setFieldsValue(toFormValues(data.procedure));
    else form.setFieldsValue(initial);
    previousCode.current = (data?.procedure.code ?? initial.code) || '';
    setDirty(false);
    showIssues({ kind: 'saved', issues: data?.issues ?? [] });
  };

  const onStatusChange = (reason: string) => {
    const mutation = dialog === 'resume' ? resume : suspend;
    mutation.mutate(
      { code, reason },
      {
        onSuccess: () => {
          setDialog(null);
          void message.success(dialog === 'resume' ? t('catalogAdmin.resumed') : t('catalogAdmin.suspended'));
        },
      },
    );
  };

  const counts = issuesPerTab(issues.issues);
  const tabLabel = (key: EditorTab) => (
    <span className="editor-tab-label">
      {t(`catalogAdmin.tab.${key}`)}
      {counts[key] ? <Badge count={counts[key]} size="small" /> : null}
    </span>
  );
  const panes: Record<EditorTab, ReactNode> = {
    general: <GeneralTab isNew={isNew} agencies={agencies} fields={fields} />,
    cases: <CasesTab agencies={agencies} />,
    channels: <ChannelsTab />,
    documents: <ChecklistTab />,
    results: <ResultsTab />,
    history: isNew ? null : <VersionHistory code={code} />,
  };
  const canPublish = isNew || dirty || (data?.draftVersion ?? null) !== null;
  const working = busy !== null;

  return (
    <div className="procedure-editor" data-testid="procedure-editor">
      <div className="editor-head">
        <div className="editor-head__main">
          <Typography.Title level={1} className="editor-head__title">
            {name.trim() || (isNew ? t('catalogAdmin.newTitle') : code)}
          </Typography.Title>
          <Flex gap={6} wrap align="center" className="editor-head__meta">
            {isNew ? (
              <Tag color="gold">{t('catalogAdmin.newTag')}</Tag>
            ) : (
              <>
                <span className="mono strong">{code}</span>
                <ProcedureStatusTag status={data.status} />
                {data.publishedVersion !== null ? (
                  <Tag>{t('catalogAdmin.inForce', { version: data.publishedVersion })}</Tag>
                ) : null}
                {data.draftVersion !== null && data.status !== 'DRAFT' ? (
                  <DraftTag version={data.draftVersion} />
                ) : null}
                {data.draftVersion !== null && data.status === 'DRAFT' ? (
                  <Tag>{t('catalogAdmin.draftVersion', { version: data.draftVersion })}</Tag>
                ) : null}
                <span className="muted small">
                  {t('catalogAdmin.updatedAtText', { at: formatDateTime(data.updatedAt) })}
                </span>
              </>
            )}
            {dirty ? (
              <Tag color="orange" data-testid="unsaved">
                {t('catalogAdmin.unsaved')}
              </Tag>
            ) : null}
          </Flex>
        </div>
        {data && data.publishedVersion !== null && data.status === 'PUBLISHED' ? (
          <Link to={procedureHref(code)} target="_blank" rel="noopener" className="editor-head__public">
            <ExportOutlined /> {t('catalogAdmin.viewPublic')}
          </Link>
        ) : null}
      </div>

      {data?.status === 'SUSPENDED' ? (
        <Alert type="warning" showIcon className="issues-panel" title={t('catalogAdmin.suspendedNotice')} />
      ) : null}
      <IssuesPanel state={issues} onSelect={focusIssue} />

      <Form<ProcedureFormValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<ProcedureFormValues>, all: ProcedureFormValues) => {
          setDirty(true);
          if (changed.code !== undefined) {
            form.setFieldValue('cases', recodeCases(all.cases ?? [], previousCode.current, changed.code));
            previousCode.current = changed.code;
          }
          if (changed.coordinatingAgencyCodes !== undefined) {
            form.setFieldValue('interAgency', changed.coordinatingAgencyCodes.length > 0);
          }
        }}
        scrollToFirstError={false}
        className="procedure-form"
      >
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as EditorTab)}
          className="editor-tabs"
          tabBarGutter={16}
          items={EDITOR_TABS.filter((key) => !(isNew && key === 'history')).map((key) => ({
            key,
            label: tabLabel(key),
            // Every field stays mounted: validation and issue focus reach fields of hidden tabs.
            forceRender: key !== 'history',
            children: panes[key],
          }))}
        />
      </Form>

      <div className="form-actions editor-actions" role="toolbar" aria-label={t('catalogAdmin.actions')}>
        <div className="editor-actions__left">
          {dirty ? (
            <Button icon={<UndoOutlined />} onClick={onUndo} disabled={working}>
              {t('catalogAdmin.undo')}
            </Button>
          ) : null}
          {data && data.draftVersion !== null ? (
            <Button danger icon={<DeleteOutlined />} onClick={onDiscard} disabled={working}>
              {t('catalogAdmin.discard')}
            </Button>
          ) : null}
          {data?.status === 'PUBLISHED' ? (
            <Button icon={<PauseCircleOutlined />} onClick={() => setDialog('suspend')} disabled={working}>
              {t('catalogAdmin.suspend')}
            </Button>
          ) : null}
          {data?.status === 'SUSPENDED' ? (
            <Button icon={<PlayCircleOutlined />} onClick={() => setDialog('resume')} disabled={working}>
              {t('catalogAdmin.resume')}
            </Button>
          ) : null}
        </div>
        <div className="editor-actions__right">
          <Tooltip title={isNew ? t('catalogAdmin.checkAfterCreate') : undefined}>
            <Button
              icon={<CheckCircleOutlined />}
              onClick={() => void onCheck()}
              loading={busy === 'check'}
              disabled={isNew || (working && busy !== 'check')}
            >
              {t('catalogAdmin.check')}
            </Button>
          </Tooltip>
          <Button
            icon={<SaveOutlined />}
            onClick={() => void onSave()}
            loading={busy === 'save'}
            disabled={(!dirty && !isNew) || (working && busy !== 'save')}
          >
            {t('catalogAdmin.saveDraft')}
          </Button>
          <Tooltip title={canPublish ? undefined : t('catalogAdmin.nothingToPublish')}>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              onClick={() => {
                publish.reset();
                setDialog('publish');
              }}
              disabled={!canPublish || working}
            >
              {t('catalogAdmin.publish')}
            </Button>
          </Tooltip>
        </div>
      </div>

      <NoteModal
        open={dialog === 'publish'}
        title={t('catalogAdmin.publishTitle')}
        intro={
          <Typography.Paragraph type="secondary">
            {isNew
              ? t('catalogAdmin.publishIntroNew')
              : t('catalogAdmin.publishIntro', {
                  version: data.draftVersion ?? Math.max(0, ...data.versions.map((v) => v.version)) + 1,
                })}
          </Typography.Paragraph>
        }
        label={t('catalogAdmin.changeNote')}
        placeholder={t('catalogAdmin.changeNotePlaceholder')}
        okText={t('catalogAdmin.publish')}
        max={2000}
        pending={busy === 'publish'}
        error={
          publish.error && isApiError(publish.error) && publish.error.status === 400 ? (
            <Alert type="error" showIcon title={publish.error.message} style={{ marginBottom: 12 }} />
          ) : null
        }
        onCancel={() => setDialog(null)}
        onSubmit={(note) => void onPublish(note)}
      />
      <NoteModal
        open={dialog === 'suspend' || dialog === 'resume'}
        title={dialog === 'resume' ? t('catalogAdmin.resumeTitle') : t('catalogAdmin.suspendTitle')}
        intro={
          <Typography.Paragraph type="secondary">
            {dialog === 'resume' ? t('catalogAdmin.resumeIntro') : t('catalogAdmin.suspendIntro')}
          </Typography.Paragraph>
        }
        label={t('catalogAdmin.reason')}
        placeholder={t('catalogAdmin.reasonPlaceholder')}
        okText={dialog === 'resume' ? t('catalogAdmin.resume') : t('catalogAdmin.suspend')}
        danger={dialog === 'suspend'}
        max={1000}
        pending={suspend.isPending || resume.isPending}
        error={
          (dialog === 'resume' ? resume.error : suspend.error) ? (
            <Alert
              type="error"
              showIcon
              title={errorText(dialog === 'resume' ? resume.error : suspend.error, t('common.unexpectedError'))}
              style={{ marginBottom: 12 }}
            />
          ) : null
        }
        onCancel={() => {
          suspend.reset();
          resume.reset();
          setDialog(null);
        }}
        onSubmit={onStatusChange}
      />
    </div>
  );
}
