/**
 * Documents: the one-stop forms (Circular 01/2018 Mẫu 01–06, Circular 03/2025 Mẫu 01–07) rendered as PDF with
 * pdfmake and the embedded Tinos font. Plain view models in, PDF bytes out; no database, no HTTP.
 */
export type {
  ApologyView,
  ApplicantView,
  ControlSheetView,
  DurationUnit,
  DurationView,
  FormBase,
  FormKind,
  HandoverOutcome,
  HandoverRowView,
  IssuerHeader,
  MoneyView,
  PaperProfile,
  ReceiptView,
  ReceivedDocumentView,
  RefusalView,
  RegisterColumnSet,
  RegisterRowView,
  RegisterView,
  ResultDeliveryMethod,
  RuleSet,
  SignerView,
  StopNoticeView,
  SupplementItemView,
  SupplementRequestView,
} from './form-views';
export { formNumber } from './form-views';
export { renderReceiptPdf, RECEIPT_TITLE } from './receipt.pdf';
export { renderSupplementRequestPdf, SUPPLEMENT_REQUEST_TITLE } from './supplement-request.pdf';
export { renderRefusalPdf, REFUSAL_TITLE } from './refusal.pdf';
export { renderApologyPdf, APOLOGY_TITLE_2018, APOLOGY_SUBJECT_2025 } from './apology.pdf';
export { renderStopNoticePdf, STOP_NOTICE_TITLE, STOP_NOTICE_SUMMARY } from './stop-notice.pdf';
export { renderControlSheetPdf, CONTROL_SHEET_TITLE } from './control-sheet.pdf';
export { renderRegisterPdf, REGISTER_TITLE } from './register.pdf';
export {
  type DocumentKind,
  type DocumentRenderer,
  type DocumentViews,
  DOCUMENT_RENDERERS,
  inProcessRenderer,
} from './document-renderer';
export { createWorkerRenderer, type WorkerRendererOptions } from './pdf-worker-pool.io';
export {
  formatDate,
  formatDateOf,
  formatDateTime,
  formatLongDate,
  formatMoney,
  formatPlaceDate,
} from './vietnamese-format';
