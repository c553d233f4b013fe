import type { CatalogImportResult } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateCatalog } from '../catalog-admin-keys';

export type CatalogFileFormat = 'json' | 'xlsx';

export interface ImportCatalogInput {
  file: File;
  format: CatalogFileFormat;
  /** validate: check and report, write nothing; apply: the same checks, then write all or nothing. */
  mode: 'validate' | 'apply';
}

/**
 * POST /api/admin/catalog/import?format=&mode=: the file is uploaded as multipart (field `file`) for both
 * formats, so that the version notes name it ("Nhập từ tệp so-tu-phap.xlsx"). `mode=apply` with any issue is
 * refused with 422 IMPORT_INVALID (`details.issues`) and writes nothing.
 */
export function importCatalog({ file, format, mode }: ImportCatalogInput): Promise<CatalogImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<CatalogImportResult>(`/api/admin/catalog/import?format=${format}&mode=${mode}`, form);
}

export function useImportCatalog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCatalog,
    onSuccess: async (result) => {
      if (result.applied) await invalidateCatalog(queryClient);
    },
  });
}
