/** GET /api/admin/catalog/template.xlsx: the empty workbook departments fill in (a download link). */
export const CATALOG_TEMPLATE_URL = '/api/admin/catalog/template.xlsx';
