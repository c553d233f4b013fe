import { formatVietnamDate } from '../../platform/time';
import type { Dossier, DossierStatus } from './dossier';
import type { DossierEvent, SupplementItem } from './dossier-workflow';

/** Vietnamese labels for statuses and what each event means, for the timeline and the public lookup. */
export const STATUS_LABELS: Record<DossierStatus, string> = {
  SUBMITTED_ONLINE: 'Mới nộp trực tuyến, chờ tiếp nhận',
  INTAKE_NEEDS_SUPPLEMENT: 'Chờ bổ sung, hoàn thiện trước khi tiếp nhận',
  REJECTED_AT_INTAKE: 'Không được tiếp nhận',
  RECEIVED: 'Đã tiếp nhận',
  IN_PROCESS: 'Đang giải quyết',
  SUPPLEMENT_REQUESTED: 'Chờ công dân bổ sung hồ sơ',
  AWAITING_FINANCIAL_OBLIGATION: 'Chờ thực hiện nghĩa vụ tài chính',
  WITHDRAWN: 'Đã rút hồ sơ',
  STOPPED: 'Dừng giải quyết',
  RESULT_READY: 'Đã có kết quả, chờ trả',
  RETURNED: 'Đã trả kết quả',
};

const OUTCOME = { EARLY: 'trước hạn', ON_TIME: 'đúng hạn', LATE: 'quá hạn' } as const;
const DELIVERY = { COUNTER: 'tại quầy', POST: 'qua bưu chính', ONLINE: 'trực tuyến' } as const;

/** One line for the timeline. Personal data never appears here. */
export function eventSummary(e: DossierEvent): string {
  switch (e.type) {
    case 'SUBMITTED_ONLINE':
      return 'Nộp hồ sơ trực tuyến';
    case 'RECEIVED':
      return `Tiếp nhận hồ sơ, cấp mã ${e.code}, hẹn trả ngày ${formatVietnamDate(e.due.dueDate)} (Mẫu 01)`;
    case 'RETURNED_FOR_COMPLETION':
      return `Hướng dẫn bổ sung, hoàn thiện hồ sơ một lần: ${e.items.length} nội dung (Mẫu 02)`;
    case 'RESUBMITTED':
      return 'Công dân nộp lại hồ sơ đã bổ sung';
    case 'REFUSED':
      return e.atIntake ? 'Từ chối tiếp nhận hồ sơ (Mẫu 03)' : 'Từ chối giải quyết sau thẩm định (Mẫu 03)';
    case 'TRANSFERRED':
      return 'Chuyển hồ sơ đến cơ quan giải quyết';
    case 'STEP_ASSIGNED':
      return `Phân công xử lý: ${e.assigneeName}`;
    case 'STEP_CLAIMED':
      return 'Nhận xử lý bước';
    case 'STEP_COMPLETED':
      return `Hoàn thành bước xử lý (${OUTCOME[e.completedStep.outcome]})`;
    case 'SUPPLEMENT_REQUESTED':
      return `Yêu cầu bổ sung hồ sơ qua Bộ phận Một cửa: ${e.items.length} nội dung (Mẫu 02)${e.noticeLate ? ' — quá 03 ngày làm việc kể từ ngày tiếp nhận' : ''}`;
    case 'SUPPLEMENT_RECEIVED':
      return `Nhận đủ hồ sơ bổ sung; thời hạn tính lại từ đầu, hẹn trả ngày ${formatVietnamDate(e.due.dueDate)}`;
    case 'PAYMENT_REQUESTED':
      return 'Thông báo thực hiện nghĩa vụ tài chính; tạm dừng tính thời hạn';
    case 'PAYMENT_CONFIRMED':
      return `Đã thực hiện nghĩa vụ tài chính; hẹn trả ngày ${formatVietnamDate(e.due.dueDate)}`;
    case 'APOLOGIZED':
      return `Xin lỗi và hẹn lại ngày trả kết quả: ${formatVietnamDate(e.newDue.dueDate)} (Mẫu 04)`;
    case 'STOPPED':
      return e.requestedByApplicant ? 'Dừng giải quyết theo đề nghị của người nộp' : 'Dừng giải quyết hồ sơ';
    case 'WITHDRAWN':
      return 'Rút hồ sơ theo đề nghị của người nộp';
    case 'RESULT_MARKED_READY':
      return `Chuyển kết quả về Bộ phận Một cửa (${OUTCOME[e.outcome]})`;
    case 'RESULT_RETURNED':
      return `Trả kết quả ${DELIVERY[e.deliveredBy]}${e.signed ? ', người nhận đã ký sổ' : ''}`;
  }
}

/**
 * What the applicant is told while the dossier waits for them: everything to complete, at once (Decree 61/2018
 * Art 16(2)(b) at intake, Art 17(3)(b) during processing), from the latest request. Empty otherwise.
 */
export function pendingSupplementItems(dossier: Dossier, events: readonly DossierEvent[]): SupplementItem[] {
  if (dossier.status !== 'INTAKE_NEEDS_SUPPLEMENT' && dossier.status !== 'SUPPLEMENT_REQUESTED') return [];
  const request = events.findLast(
    (e): e is Extract<DossierEvent, { type: 'RETURNED_FOR_COMPLETION' | 'SUPPLEMENT_REQUESTED' }> =>
      e.type === 'RETURNED_FOR_COMPLETION' || e.type === 'SUPPLEMENT_REQUESTED',
  );
  return request ? request.items.map((i) => ({ name: i.name, reason: i.reason })) : [];
}

/** Why a refused (Form 03) or stopped dossier ended; null for any other status. */
export function closingReason(dossier: Dossier, events: readonly DossierEvent[]): string | null {
  if (dossier.status !== 'REJECTED_AT_INTAKE' && dossier.status !== 'STOPPED') return null;
  const closing = events.findLast(
    (e): e is Extract<DossierEvent, { type: 'REFUSED' | 'STOPPED' }> => e.type === 'REFUSED' || e.type === 'STOPPED',
  );
  return closing?.reason ?? null;
}
