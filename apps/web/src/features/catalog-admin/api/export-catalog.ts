import { buildUrl } from '../../../lib/api-client';
import type { ProcedureStatus } from '../catalog-admin-keys';
import type { CatalogFileFormat } from './import-catalog';

/**
 * GET /api/admin/catalog/export?format=&status=: the catalog as a download (`danh-muc-thu-tuc-YYYYMMDD.json` or
 * `.xlsx`), each procedure as its published version (its draft when never published). A plain link: the browser
 * sends the session cookie and saves the file.
 */
export function catalogExportUrl(format: CatalogFileFormat, status?: ProcedureStatus): string {
  return buildUrl('/api/admin/catalog/export', { format, status });
}
