import {
  procedureCodeParamsSchema,
  procedureDetailSchema,
  procedureFieldsResponseSchema,
  procedureListQuerySchema,
  procedureListResponseSchema,
} from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogService } from './catalog.service';

const tags = ['catalog'];

export function catalogRoutes(service: CatalogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/procedures',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tìm thủ tục hành chính (không dấu, chịu lỗi gõ, hiểu từ viết tắt như GPXD, GCN, QSDĐ)',
          description:
            'Lọc theo cơ quan (mã định danh), lĩnh vực, cấp, mức độ trực tuyến. Mã thủ tục khớp chính xác được xếp đầu. ' +
            'Kích thước trang tối đa 200 (giá trị lớn hơn được giới hạn).',
          querystring: procedureListQuerySchema,
          response: { 200: procedureListResponseSchema },
        },
      },
      (request) => service.search(request.query),
    );

    app.get(
      '/api/procedures/fields',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Danh sách lĩnh vực', response: { 200: procedureFieldsResponseSchema } },
      },
      async () => ({ items: await service.fields() }),
    );

    app.get(
      '/api/procedures/:code',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Thủ tục đang áp dụng: thành phần hồ sơ, phí, thời hạn, nơi nộp, quy trình nội bộ',
          params: procedureCodeParamsSchema,
          response: { 200: procedureDetailSchema },
        },
      },
      (request) => service.getPublished(request.params.code),
    );
  };
}
