import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface UploadOnlineAttachmentInput {
  dossierId: string;
  /** The last 4 digits of the phone given at submission: proves the dossier is the applicant's. */
  verify: string;
  /** The paper of the checklist the scan is of; absent for a supplement sent after a return at intake. */
  checklistItemId?: string;
  file: File;
}

/**
 * POST /api/public/dossiers/:id/attachments (multipart, no account): the applicant attaches a scan to the online
 * dossier while it waits for the desk. PDF or images, checked by content, 20 MB at most.
 */
export function uploadOnlineAttachment(input: UploadOnlineAttachmentInput): Promise<{ id: string }> {
  const form = new FormData();
  // Fields first: the server reads them with the file part.
  form.append('verify', input.verify);
  if (input.checklistItemId) form.append('checklistItemId', input.checklistItemId);
  form.append('file', input.file, input.file.name);
  return api.upload<{ id: string }>(`/api/public/dossiers/${encodeURIComponent(input.dossierId)}/attachments`, form);
}

export function useUploadOnlineAttachment() {
  return useMutation({ mutationFn: uploadOnlineAttachment });
}
