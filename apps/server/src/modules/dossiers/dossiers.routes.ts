import type {} from '@fastify/multipart';
import {
  createDossierBodySchema,
  dossierActionBodySchema,
  dossierCreatedSchema,
  dossierDetailSchema,
  dossierListQuerySchema,
  dossierListResponseSchema,
  dossierQueueCountsSchema,
  Permission,
  plainDateSchema,
  publicDossierSchema,
  publicLookupQuerySchema,
} from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http/context';
import { FORM_KINDS, type DossiersService } from './dossiers.service';

const tags = ['dossiers'];
const idParams = z.object({ id: z.uuid('Mã định danh hồ sơ không hợp lệ') });
const formParams = z.object({
  id: z.uuid('Mã định danh hồ sơ không hợp lệ'),
  form: z.enum(FORM_KINDS.map((k) => `${k}.pdf`) as [string, ...string[]], {
    error: `Mẫu phải là một trong: ${FORM_KINDS.map((k) => `${k}.pdf`).join(', ')}`,
  }),
});

export function dossiersRoutes(service: DossiersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/dossiers',
      {
        // Staff with dossier.receive record counter and postal intake; an applicant (no session) submits online.
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ (trực tiếp, bưu chính) hoặc nộp trực tuyến',
          description:
            'Trực tiếp/bưu chính: công chức tiếp nhận (cookie phiên + X-CSRF-Token) — mặc định tiếp nhận ngay (Mẫu 01), ' +
            'hoặc intakeDecision RETURN_FOR_COMPLETION (Mẫu 02, một lần) / REFUSE (Mẫu 03). Trực tuyến: người nộp gửi, chờ Bộ phận Một cửa kiểm tra.',
          body: createDossierBodySchema,
          response: { 201: dossierCreatedSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.intake(contextOf(request), request.body)),
    );

    app.get(
      '/api/dossiers',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary:
            'Hàng đợi công việc: to-receive, to-transfer, to-assign, mine, due-soon, overdue, waiting-applicant, results-to-return, all',
          querystring: dossierListQuerySchema,
          response: { 200: dossierListResponseSchema },
        },
      },
      (request) => service.list(contextOf(request), request.query),
    );

    app.get(
      '/api/dossiers/queues',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: { tags, summary: 'Số hồ sơ trong mỗi hàng đợi', response: { 200: dossierQueueCountsSchema } },
      },
      async (request) => ({ counts: await service.queueCounts(contextOf(request)) }),
    );

    app.get(
      '/api/dossiers/register.pdf',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary: 'Sổ theo dõi hồ sơ (Mẫu 06; 2025: Mẫu 07) của một khoảng ngày tiếp nhận, A4 ngang',
          querystring: z.object({ from: plainDateSchema, to: plainDateSchema }),
        },
      },
      async (request, reply) => {
        const pdf = await service.renderRegister(contextOf(request), request.query.from, request.query.to);
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `inline; filename="so-theo-doi-ho-so-${request.query.from}-${request.query.to}.pdf"`,
          )
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.get(
      '/api/dossiers/:id/assignees',
      {
        config: { access: Permission.DOSSIER_APPROVE },
        schema: {
          tags,
          summary: 'Cán bộ có thể được phân công bước hiện tại (cùng cơ quan, đúng vai trò)',
          params: idParams,
          response: {
            200: z.object({ items: z.array(z.object({ id: z.uuid(), fullName: z.string(), username: z.string() })) }),
          },
        },
      },
      async (request) => ({ items: await service.assignees(contextOf(request), request.params.id) }),
    );

    app.get(
      '/api/dossiers/by-code/:code',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary: 'Chi tiết hồ sơ theo mã hồ sơ (quét mã QR trên Giấy tiếp nhận)',
          params: z.object({ code: z.string().min(1).max(60) }),
          querystring: z.object({ reveal: z.enum(['true', 'false']).optional() }),
          response: { 200: dossierDetailSchema },
        },
      },
      (request) => service.getByCode(contextOf(request), request.params.code, request.query.reveal === 'true'),
    );

    app.get(
      '/api/dossiers/:id',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary: 'Chi tiết hồ sơ (dữ liệu cá nhân được che; reveal=true để xem đầy đủ, có ghi nhật ký)',
          params: idParams,
          querystring: z.object({ reveal: z.enum(['true', 'false']).optional() }),
          response: { 200: dossierDetailSchema },
        },
      },
      (request) => service.get(contextOf(request), request.params.id, request.query.reveal === 'true'),
    );

    app.post(
      '/api/dossiers/:id/actions',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Thao tác trên hồ sơ (chuyển, phân công, hoàn thành bước, yêu cầu bổ sung, xin lỗi, trả kết quả…)',
          description:
            'expectedVersion sai → 409 CONFLICT; thao tác không hợp lệ ở trạng thái hiện tại → 422 ACTION_NOT_ALLOWED.',
          params: idParams,
          body: dossierActionBodySchema,
          response: { 200: dossierCreatedSchema },
        },
      },
      (request) => service.act(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/dossiers/:id/forms/:form',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary: 'Biểu mẫu PDF: receipt, supplement-request, refusal, apology, control-sheet, stop-notice',
          params: formParams,
        },
      },
      async (request, reply) => {
        const kind = request.params.form.replace(/\.pdf$/, '') as (typeof FORM_KINDS)[number];
        const pdf = await service.renderForm(contextOf(request), request.params.id, kind);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${kind}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.post(
      '/api/dossiers/:id/attachments',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: {
          tags,
          summary: 'Tải lên bản quét thành phần hồ sơ hoặc kết quả (multipart: file, kind, checklistItemId)',
          params: idParams,
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const part = await request.file();
        if (!part)
          throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'file', message: 'Thiếu tệp' }] } });
        const data = await part.toBuffer();
        const field = (name: string) => {
          const f = part.fields[name] as { value?: unknown } | undefined;
          return typeof f?.value === 'string' ? f.value : undefined;
        };
        const kind = field('kind') === 'RESULT' ? 'RESULT' : 'COMPONENT';
        const created = await service.addAttachment(contextOf(request), request.params.id, {
          fileName: part.filename,
          data,
          kind,
          checklistItemId: field('checklistItemId'),
        });
        return reply.status(201).send(created);
      },
    );

    app.post(
      '/api/public/dossiers/:id/attachments',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary:
            'Người nộp đính kèm bản quét vào hồ sơ trực tuyến đang chờ tiếp nhận (multipart: file, verify, checklistItemId)',
          params: idParams,
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const part = await request.file();
        if (!part)
          throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'file', message: 'Thiếu tệp' }] } });
        const data = await part.toBuffer();
        const field = (name: string) => {
          const f = part.fields[name] as { value?: unknown } | undefined;
          return typeof f?.value === 'string' ? f.value : undefined;
        };
        const verify = field('verify') ?? '';
        if (!/^\d{4}$/.test(verify)) {
          throw new AppError('VALIDATION_FAILED', {
            details: { fields: [{ path: 'verify', message: 'Nhập 4 số cuối số điện thoại' }] },
          });
        }
        const created = await service.addApplicantAttachment(contextOf(request), request.params.id, verify, {
          fileName: part.filename,
          data,
          checklistItemId: field('checklistItemId'),
        });
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/dossiers/:id/attachments/:attachmentId',
      {
        config: { access: Permission.DOSSIER_READ },
        schema: { tags, summary: 'Tải tệp đính kèm', params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
      },
      async (request, reply) => {
        const file = await service.getAttachment(contextOf(request), request.params.id, request.params.attachmentId);
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.data);
      },
    );

    app.post(
      '/api/public/dossiers/:id/resubmit',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: 'Người nộp gửi lại hồ sơ trực tuyến đã bổ sung theo hướng dẫn (xác thực bằng 4 số cuối điện thoại)',
          params: idParams,
          body: z.strictObject({ verify: z.string().regex(/^\d{4}$/, 'Nhập 4 số cuối số điện thoại') }),
          response: { 200: dossierCreatedSchema },
        },
      },
      (request) => service.resubmitOnline(contextOf(request), request.params.id, request.body.verify),
    );

    app.get(
      '/api/public/dossiers/:code',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: 'Tra cứu hồ sơ bằng mã và 4 số cuối điện thoại (không cần đăng nhập)',
          params: z.object({ code: z.string().min(1).max(60) }),
          querystring: publicLookupQuerySchema,
          response: { 200: publicDossierSchema },
        },
      },
      (request) => service.publicLookup(request.ip, request.params.code, request.query.verify),
    );
  };
}
