import type {} from '@fastify/multipart';
import {
  adminProcedureListQuerySchema,
  adminProcedureListResponseSchema,
  adminProcedureSchema,
  catalogExportQuerySchema,
  catalogImportQuerySchema,
  catalogImportResultSchema,
  Permission,
  procedureCodeParamsSchema,
  procedureDiffQuerySchema,
  procedureDiffResponseSchema,
  procedureFileSchema,
  procedureStatusChangeBodySchema,
  procedureValidationResponseSchema,
  procedureVersionDetailSchema,
  procedureVersionParamsSchema,
  procedureVersionSummarySchema,
  publishProcedureBodySchema,
} from '@mot-cua/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http/context';
import type { CatalogAdminService, CatalogDownload } from './catalog-admin.service';

const tags = ['catalog'];
const access = Permission.CATALOG_MANAGE;
const base = '/api/admin/catalog';

/** The editor's `If-Match: "<revision>"` (quotes and a weak prefix tolerated); absent means "do not check". */
function ifMatch(request: FastifyRequest): string | undefined {
  const value = request.headers['if-match'];
  if (typeof value !== 'string' || value.trim() === '' || value.trim() === '*') return undefined;
  return value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

export interface CatalogAdminRoutesOptions {
  /** Largest JSON import body (an .xlsx upload is bounded by the multipart file limit). */
  importBodyLimitBytes: number;
}

function download(reply: FastifyReply, file: CatalogDownload) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}

/** Catalog administration (permission catalog.manage): drafts, publishing, versions, import and export. */
export function catalogAdminRoutes(
  service: CatalogAdminService,
  options: CatalogAdminRoutesOptions,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${base}/procedures`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Danh mục thủ tục (mọi trạng thái) kèm phiên bản đang áp dụng và bản nháp',
          querystring: adminProcedureListQuerySchema,
          response: { 200: adminProcedureListResponseSchema },
        },
      },
      (request) => service.list(request.query),
    );

    app.post(
      `${base}/procedures`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Tạo thủ tục mới (bản nháp phiên bản 1, chưa công khai cho đến khi công bố)',
          description:
            'Nội dung theo định dạng trao đổi (docs/catalog-import.md), cơ quan ghi bằng mã định danh. Phải đạt mọi quy định ' +
            'của danh mục (400 VALIDATION_FAILED với details.issues); mã đã có → 409.',
          body: procedureFileSchema,
          response: { 201: adminProcedureSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.create(contextOf(request), request.body)),
    );

    app.get(
      `${base}/procedures/:code`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Thủ tục để sửa: bản nháp nếu có, nếu không là phiên bản đang áp dụng; kèm lỗi và lịch sử phiên bản',
          params: procedureCodeParamsSchema,
          response: { 200: adminProcedureSchema },
        },
      },
      (request) => service.get(request.params.code),
    );

    app.put(
      `${base}/procedures/:code/draft`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Lưu bản nháp (tạo phiên bản nháp mới nếu chưa có; phiên bản đang áp dụng không đổi)',
          description:
            'Bản nháp được lưu cả khi còn vi phạm quy định (danh sách lỗi trong issues), nhưng mã cơ quan phải có trong danh mục cơ quan.',
          params: procedureCodeParamsSchema,
          body: procedureFileSchema,
          response: { 200: adminProcedureSchema },
        },
      },
      (request) => service.saveDraft(contextOf(request), request.params.code, request.body, ifMatch(request)),
    );

    app.delete(
      `${base}/procedures/:code/draft`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Hủy bản nháp (thủ tục chưa từng công bố thì bị xóa cùng bản nháp)',
          params: procedureCodeParamsSchema,
        },
      },
      async (request, reply) => {
        await service.discardDraft(contextOf(request), request.params.code, ifMatch(request));
        return reply.status(204).send();
      },
    );

    app.post(
      `${base}/procedures/:code/validate`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Kiểm tra bản nháp (hoặc phiên bản đang áp dụng) theo mọi quy định của danh mục',
          params: procedureCodeParamsSchema,
          response: { 200: procedureValidationResponseSchema },
        },
      },
      (request) => service.validate(request.params.code),
    );

    app.post(
      `${base}/procedures/:code/publish`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Công bố bản nháp thành phiên bản áp dụng (phiên bản trước chuyển sang SUPERSEDED)',
          description: 'Bản nháp còn lỗi bị từ chối: 422 PROCEDURE_INVALID với details.issues.',
          params: procedureCodeParamsSchema,
          body: publishProcedureBodySchema,
          response: { 200: adminProcedureSchema },
        },
      },
      (request) => service.publish(contextOf(request), request.params.code, request.body.note, ifMatch(request)),
    );

    app.post(
      `${base}/procedures/:code/suspend`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Tạm ngừng áp dụng (không còn tra cứu, hiển thị, tiếp nhận)',
          params: procedureCodeParamsSchema,
          body: procedureStatusChangeBodySchema,
          response: { 200: adminProcedureSchema },
        },
      },
      (request) => service.setSuspended(contextOf(request), request.params.code, 'SUSPEND', request.body.reason),
    );

    app.post(
      `${base}/procedures/:code/resume`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Áp dụng lại thủ tục đang tạm ngừng',
          params: procedureCodeParamsSchema,
          body: procedureStatusChangeBodySchema,
          response: { 200: adminProcedureSchema },
        },
      },
      (request) => service.setSuspended(contextOf(request), request.params.code, 'RESUME', request.body.reason),
    );

    app.get(
      `${base}/procedures/:code/versions`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Lịch sử phiên bản (mới nhất trước)',
          params: procedureCodeParamsSchema,
          response: { 200: z.object({ items: z.array(procedureVersionSummarySchema) }) },
        },
      },
      async (request) => ({ items: await service.versions(request.params.code) }),
    );

    app.get(
      `${base}/procedures/:code/versions/:version`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Nội dung một phiên bản (định dạng trao đổi)',
          params: procedureVersionParamsSchema,
          response: { 200: procedureVersionDetailSchema },
        },
      },
      (request) => service.version(request.params.code, request.params.version),
    );

    app.get(
      `${base}/procedures/:code/diff`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'So sánh hai phiên bản: các trường thay đổi với giá trị trước và sau',
          description: 'Mặc định: to = bản nháp (hoặc phiên bản đang áp dụng), from = phiên bản liền trước.',
          params: procedureCodeParamsSchema,
          querystring: procedureDiffQuerySchema,
          response: { 200: procedureDiffResponseSchema },
        },
      },
      (request) => service.diff(request.params.code, request.query),
    );

    app.get(
      `${base}/export`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Xuất danh mục ra tệp JSON hoặc .xlsx (cơ quan ghi bằng mã định danh)',
          querystring: catalogExportQuerySchema,
        },
      },
      async (request, reply) =>
        download(reply, await service.exportCatalog(request.query.format, request.query.status)),
    );

    app.get(
      `${base}/template.xlsx`,
      {
        config: { access },
        schema: { tags, summary: 'Tệp mẫu .xlsx để các sở, ngành điền danh mục thủ tục' },
      },
      async (_request, reply) => download(reply, await service.template()),
    );

    // The import reads a JSON body as text, so that a syntax error is reported with its line and column.
    await app.register(async (scoped) => {
      const zod = scoped.withTypeProvider<ZodTypeProvider>();
      zod.removeContentTypeParser('application/json');
      zod.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        done(null, body);
      });
      zod.post(
        `${base}/import`,
        {
          config: { access },
          bodyLimit: options.importBodyLimitBytes,
          schema: {
            tags,
            summary: 'Nhập danh mục từ tệp JSON hoặc .xlsx: kiểm tra toàn bộ; có lỗi thì không ghi gì',
            description:
              'JSON: nội dung tệp (application/json) hoặc tải lên multipart (trường file); .xlsx: multipart (trường file). ' +
              'mode=validate chỉ kiểm tra; mode=apply ghi trong một giao dịch: thủ tục mới (phiên bản 1) và phiên bản mới ' +
              'của thủ tục thay đổi, được công bố ngay; thủ tục không đổi giữ nguyên. Có lỗi → 422 IMPORT_INVALID với ' +
              'details.issues (trang, dòng, cột).',
            querystring: catalogImportQuerySchema,
            response: { 200: catalogImportResultSchema },
          },
        },
        async (request) => {
          const { format, mode } = request.query;
          if (request.isMultipart()) {
            const part = await request.file();
            if (!part) {
              throw new AppError('VALIDATION_FAILED', {
                message: { vi: 'Thiếu tệp (trường file).', en: 'The file (field "file") is missing.' },
                details: { fields: [{ path: 'file', message: 'Thiếu tệp' }] },
              });
            }
            const data = await part.toBuffer();
            return service.importCatalog(contextOf(request), { format, mode, data, fileName: part.filename });
          }
          if (typeof request.body === 'string' && format === 'json') {
            return service.importCatalog(contextOf(request), { format, mode, data: request.body });
          }
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
            message: {
              vi:
                format === 'xlsx'
                  ? 'Tệp .xlsx phải được gửi dạng multipart/form-data (trường file).'
                  : 'Tệp JSON phải được gửi dạng application/json hoặc multipart/form-data (trường file).',
              en:
                format === 'xlsx'
                  ? 'Send the .xlsx file as multipart/form-data (field "file").'
                  : 'Send the JSON file as application/json or multipart/form-data (field "file").',
            },
          });
        },
      );
    });
  };
}
