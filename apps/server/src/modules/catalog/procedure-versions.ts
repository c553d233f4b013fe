import { diffProcedures, type Procedure, type ProcedureStatus } from './procedure';

/**
 * The life of a catalog entry (issue 4 items 2 and 7): a procedure is created as a draft, published, edited through
 * a new draft that is published as the next version (the previous one becomes SUPERSEDED and is never changed, so a
 * dossier keeps the version it was received under), suspended and resumed. Pure: the service loads and writes.
 */

export type CatalogAction = 'SAVE_DRAFT' | 'DISCARD_DRAFT' | 'PUBLISH' | 'SUSPEND' | 'RESUME';

export interface ProcedureState {
  status: ProcedureStatus;
  hasDraft: boolean;
}

/** Why `action` may not be done in `state` (Vietnamese), or null when it may. */
export function lifecycleRefusal(state: ProcedureState, action: CatalogAction): string | null {
  switch (action) {
    case 'SAVE_DRAFT':
      return null;
    case 'DISCARD_DRAFT':
      return state.hasDraft ? null : 'Thủ tục không có bản nháp để hủy';
    case 'PUBLISH':
      return state.hasDraft ? null : 'Thủ tục không có bản nháp để công bố: hãy lưu bản nháp trước';
    case 'SUSPEND':
      if (state.status === 'DRAFT') return 'Thủ tục chưa được công bố nên không thể tạm ngừng';
      if (state.status === 'SUSPENDED') return 'Thủ tục đang tạm ngừng áp dụng';
      return null;
    case 'RESUME':
      return state.status === 'SUSPENDED' ? null : 'Thủ tục không ở trạng thái tạm ngừng';
  }
}

/**
 * The procedure's status after `action`. Publishing a never-published procedure puts it in force; publishing a new
 * version of a suspended one keeps it suspended (lifting a suspension is its own decision, with its own reason).
 */
export function statusAfter(state: ProcedureState, action: CatalogAction): ProcedureStatus {
  switch (action) {
    case 'PUBLISH':
      return state.status === 'DRAFT' ? 'PUBLISHED' : state.status;
    case 'SUSPEND':
      return 'SUSPENDED';
    case 'RESUME':
      return 'PUBLISHED';
    default:
      return state.status;
  }
}

/** Same content, whatever the `status` written in the document (a file has none; an import proposes drafts). */
export function sameContent(a: Procedure, b: Procedure): boolean {
  return diffProcedures({ ...a, status: 'DRAFT' }, { ...b, status: 'DRAFT' }).length === 0;
}

/**
 * What an import does with one procedure: NEW (not in the catalog), UNCHANGED (the same as its current version:
 * nothing written), UPDATED (published as the next version), or DRAFT_PENDING (it differs, but an administrator is
 * editing a draft that publishing the import would silently overtake: refused, the draft is published or discarded
 * first).
 */
export type ImportChange = 'NEW' | 'UPDATED' | 'UNCHANGED' | 'DRAFT_PENDING';

export function classifyImported(
  imported: Procedure,
  existing: { current: Procedure; hasDraft: boolean } | undefined,
): ImportChange {
  if (!existing) return 'NEW';
  if (sameContent(imported, existing.current)) return 'UNCHANGED';
  return existing.hasDraft ? 'DRAFT_PENDING' : 'UPDATED';
}

/** The message of a DRAFT_PENDING import issue. */
export function draftPendingMessage(code: string, draftVersion: number): string {
  return `Thủ tục ${code} đang có bản nháp (phiên bản ${draftVersion}) chưa công bố: hãy công bố hoặc hủy bản nháp trước khi nhập nội dung khác`;
}
