import { renderApologyPdf } from './apology.pdf';
import { renderControlSheetPdf } from './control-sheet.pdf';
import type {
  ApologyView,
  ControlSheetView,
  ReceiptView,
  RefusalView,
  RegisterView,
  StopNoticeView,
  SupplementRequestView,
} from './form-views';
import { renderReceiptPdf } from './receipt.pdf';
import { renderRefusalPdf } from './refusal.pdf';
import { renderRegisterPdf } from './register.pdf';
import { renderStopNoticePdf } from './stop-notice.pdf';
import { renderSupplementRequestPdf } from './supplement-request.pdf';

/** Every document the server prints, by name, with the view model it is drawn from. */
export interface DocumentViews {
  receipt: ReceiptView;
  'supplement-request': SupplementRequestView;
  refusal: RefusalView;
  apology: ApologyView;
  'stop-notice': StopNoticeView;
  'control-sheet': ControlSheetView;
  register: RegisterView;
}
export type DocumentKind = keyof DocumentViews;

/**
 * Renders documents to PDF. Views are plain data (strings, numbers, dates), so a renderer may draw them in this
 * thread or hand them to a worker thread.
 */
export interface DocumentRenderer {
  render<K extends DocumentKind>(kind: K, view: DocumentViews[K]): Promise<Buffer>;
  /** Stops the renderer's threads, if any. */
  close(): Promise<void>;
}

export const DOCUMENT_RENDERERS: { [K in DocumentKind]: (view: DocumentViews[K]) => Promise<Buffer> } = {
  receipt: renderReceiptPdf,
  'supplement-request': renderSupplementRequestPdf,
  refusal: renderRefusalPdf,
  apology: renderApologyPdf,
  'stop-notice': renderStopNoticePdf,
  'control-sheet': renderControlSheetPdf,
  register: renderRegisterPdf,
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_RENDERERS, value);
}

/** Draws in the calling thread: pdfmake is synchronous, so a large document holds the event loop meanwhile. */
export function inProcessRenderer(): DocumentRenderer {
  return {
    render: (kind, view) => DOCUMENT_RENDERERS[kind](view),
    close: async () => undefined,
  };
}
