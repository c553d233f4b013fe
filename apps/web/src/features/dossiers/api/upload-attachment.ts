import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from '../dossier-keys';

export type AttachmentKind = 'COMPONENT' | 'RESULT';

export interface UploadAttachmentInput {
  dossierId: string;
  file: File;
  kind: AttachmentKind;
  checklistItemId?: string;
}

/**
 * POST /api/dossiers/:id/attachments (multipart): a scan of a paper or of the result. The server checks the
 * type by content (PDF, PNG, JPEG, TIFF, WebP; 415 otherwise) and the size (20 MB).
 */
export function uploadAttachment(input: UploadAttachmentInput): Promise<{ id: string }> {
  const form = new FormData();
  // Fields first: the server reads them with the file part.
  form.append('kind', input.kind);
  if (input.checklistItemId) form.append('checklistItemId', input.checklistItemId);
  form.append('file', input.file, input.file.name);
  return api.upload<{ id: string }>(`/api/dossiers/${encodeURIComponent(input.dossierId)}/attachments`, form);
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_data, input) => queryClient.invalidateQueries({ queryKey: dossierKeys.detail(input.dossierId) }),
  });
}
