/** The prescribed forms the server prints for a dossier (Mẫu 01–06). */
export type DossierFormKind =
  'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'control-sheet' | 'stop-notice';

/**
 * GET /api/dossiers/:id/forms/<kind>.pdf: a form as PDF, opened in a new tab to print (the detail's `forms`
 * lists those the dossier has; right after an intake the form of its outcome is known).
 */
export function dossierFormUrl(dossierId: string, kind: DossierFormKind): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/forms/${kind}.pdf`;
}
