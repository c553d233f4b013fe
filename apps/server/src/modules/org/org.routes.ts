import {
  agencyListQuerySchema,
  agencySchema,
  centerSchema,
  counterSchema,
  createAgencyBodySchema,
  createCounterBodySchema,
  createServiceAreaBodySchema,
  Permission,
  serviceAreaSchema,
  updateAgencyBodySchema,
  updateCenterBodySchema,
  updateCounterBodySchema,
  updateServiceAreaBodySchema,
} from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/context';
import type { OrgService } from './org.service';

const idParams = z.object({ id: z.uuid() });
const tags = ['org'];

export function orgRoutes(service: OrgService): FastifyPluginAsyncZod {
  return async (app) => {
    // The center and its agencies are public information (shown on the portal).
    app.get(
      '/api/org/center',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Thông tin Trung tâm và giờ làm việc', response: { 200: centerSchema } },
      },
      () => service.getCenter(),
    );

    app.patch(
      '/api/org/center',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: {
          tags,
          summary: 'Cập nhật thông tin Trung tâm',
          body: updateCenterBodySchema,
          response: { 200: centerSchema },
        },
      },
      (request) => service.updateCenter(contextOf(request), request.body),
    );

    app.get(
      '/api/org/agencies',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Danh sách cơ quan (theo ngày hiệu lực)',
          querystring: agencyListQuerySchema,
          response: { 200: z.object({ items: z.array(agencySchema) }) },
        },
      },
      async (request) => ({ items: await service.listAgencies(request.query.asOf) }),
    );

    app.post(
      '/api/org/agencies',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: { tags, summary: 'Thêm cơ quan', body: createAgencyBodySchema, response: { 201: agencySchema } },
      },
      async (request, reply) => reply.status(201).send(await service.createAgency(contextOf(request), request.body)),
    );

    app.patch(
      '/api/org/agencies/:id',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: {
          tags,
          summary: 'Sửa cơ quan',
          params: idParams,
          body: updateAgencyBodySchema,
          response: { 200: agencySchema },
        },
      },
      (request) => service.updateAgency(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/org/service-areas',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Khu vực phục vụ',
          response: { 200: z.object({ items: z.array(serviceAreaSchema) }) },
        },
      },
      async () => ({ items: await service.listServiceAreas() }),
    );

    app.post(
      '/api/org/service-areas',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: { tags, body: createServiceAreaBodySchema, response: { 201: serviceAreaSchema } },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createServiceArea(contextOf(request), request.body)),
    );

    app.patch(
      '/api/org/service-areas/:id',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: { tags, params: idParams, body: updateServiceAreaBodySchema, response: { 200: serviceAreaSchema } },
      },
      (request) => service.updateServiceArea(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/org/counters',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Quầy giao dịch', response: { 200: z.object({ items: z.array(counterSchema) }) } },
      },
      async () => ({ items: await service.listCounters() }),
    );

    app.post(
      '/api/org/counters',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: { tags, body: createCounterBodySchema, response: { 201: counterSchema } },
      },
      async (request, reply) => reply.status(201).send(await service.createCounter(contextOf(request), request.body)),
    );

    app.patch(
      '/api/org/counters/:id',
      {
        config: { access: Permission.ORG_MANAGE },
        schema: { tags, params: idParams, body: updateCounterBodySchema, response: { 200: counterSchema } },
      },
      (request) => service.updateCounter(contextOf(request), request.params.id, request.body),
    );
  };
}
