import type { ProcedureIssue } from '@mot-cua/contracts';
import { Alert } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { describePath } from '../change-display';
import { tabOfPath } from '../editor-issues';

export type IssuesState =
  /** The issues of the version as loaded or saved. */
  | { kind: 'saved'; issues: ProcedureIssue[] }
  /** The answer of "Kiểm tra": `valid` when the draft may be published. */
  | { kind: 'checked'; issues: ProcedureIssue[]; version: number }
  /** A write the server refused (creating, publishing), or fields the form itself refused. */
  | { kind: 'refused'; issues: ProcedureIssue[]; message: string };

/**
 * What stands between the draft and publishing: each issue says where (tab › field) and what, and clicking it
 * opens the tab and focuses the field.
 */
export function IssuesPanel({ state, onSelect }: { state: IssuesState; onSelect: (issue: ProcedureIssue) => void }) {
  const { t } = useI18n();
  const { issues } = state;
  if (issues.length === 0) {
    // A write refused without issues (someone else changed the procedure, the network failed) still says why.
    if (state.kind === 'refused') {
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="issues-panel"
          title={state.message}
          data-testid="procedure-issues"
        />
      );
    }
    if (state.kind !== 'checked') return null;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        className="issues-panel"
        title={t('catalogAdmin.checkedOk', { version: state.version })}
        data-testid="procedure-issues"
      />
    );
  }
  const title =
    state.kind === 'refused'
      ? state.message
      : t(state.kind === 'checked' ? 'catalogAdmin.checkedIssues' : 'catalogAdmin.savedIssues', { n: issues.length });
  return (
    <Alert
      type={state.kind === 'saved' ? 'warning' : 'error'}
      showIcon
      role="alert"
      className="issues-panel"
      title={title}
      data-testid="procedure-issues"
      description={
        <ol className="issues-panel__list">
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${issue.code}-${i}`}>
              <button type="button" className="issues-panel__link" onClick={() => onSelect(issue)}>
                <span className="issues-panel__where">
                  {t(`catalogAdmin.tab.${tabOfPath(issue.path)}`)}
                  {issue.path ? ` › ${describePath(issue.path, t, 'index')}` : ''}
                </span>
                <span className="issues-panel__message">{issue.message}</span>
              </button>
            </li>
          ))}
        </ol>
      }
    />
  );
}
