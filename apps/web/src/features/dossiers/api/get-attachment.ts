/** GET /api/dossiers/:id/attachments/:attachmentId: the file itself (a download link, the browser fetches it). */
export function attachmentUrl(dossierId: string, attachmentId: string): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
