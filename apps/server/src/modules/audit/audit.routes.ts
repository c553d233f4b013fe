import { auditEntrySchema, auditQuerySchema, Permission } from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditService } from './audit.service';

export function auditRoutes(service: AuditService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: Permission.AUDIT_READ },
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký kiểm toán (audit log), mới nhất trước',
          querystring: auditQuerySchema,
          response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number().int() }) },
        },
      },
      async (request) => {
        const { page, pageSize, ...filter } = request.query;
        return service.list(filter, page, pageSize);
      },
    );
  };
}
