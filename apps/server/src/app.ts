import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { healthResponseSchema } from '@mot-cua/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from './config';
import { type DatabaseHandle, ping } from './db/client';
import { auditRoutes, createAuditService } from './modules/audit';
import { authGuard, authRoutes, createAuthService } from './modules/auth';
import { calendarRoutes, createCalendarService } from './modules/calendar';
import { catalogAdminRoutes, catalogRoutes, createCatalogAdminService, createCatalogService } from './modules/catalog';
import { createWorkerRenderer, inProcessRenderer } from './modules/documents';
import { createDossiersService, dossiersRoutes } from './modules/dossiers';
import { createOrgService, orgRoutes } from './modules/org';
import { createLocalBlobStore } from './platform/blob-store';
import type { Clock } from './platform/clock';
import { registerErrorHandling, sendError } from './platform/http/error-handler';
import { registerInputGuard } from './platform/http/input-guard';
import { loggerOptions } from './platform/logger';
import { metricsPlugin } from './platform/metrics';

// Validation messages in Vietnamese first (zod ships a vi locale).
z.config(z.locales.vi());

export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

/** The composition root: builds every service with its dependencies and mounts the routes. No listen(). */
export async function createApp({ config, database, clock }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Keep a caller's request id (for tracing across systems) when it is well-formed; otherwise make one.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Allow the API to be called from other origins' servers; browsers are bound by CORS (none enabled).
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  await app.register(metricsPlugin);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Một Cửa API',
        description:
          'API của hệ thống Trung tâm Phục vụ Hành chính công. Ghi dữ liệu bằng cookie phiên cần tiêu đề X-CSRF-Token.',
        version: config.version,
      },
      tags: [
        { name: 'system', description: 'Tình trạng hệ thống' },
        { name: 'auth', description: 'Đăng nhập, tài khoản' },
        { name: 'org', description: 'Trung tâm, cơ quan, khu vực, quầy' },
        { name: 'audit', description: 'Nhật ký kiểm toán' },
        { name: 'calendar', description: 'Lịch làm việc, ngày nghỉ, tính hạn' },
        { name: 'catalog', description: 'Danh mục thủ tục hành chính' },
        { name: 'dossiers', description: 'Hồ sơ: tiếp nhận, xử lý, trả kết quả, biểu mẫu' },
        { name: 'public', description: 'Tra cứu công khai' },
      ],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mc_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const authService = createAuthService({
    db: database.db,
    clock,
    demo: config.demo,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionMaxHours: config.sessionMaxHours,
  });
  await app.register(authGuard, { service: authService });

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng hệ thống và loại cơ sở dữ liệu',
        response: { 200: healthResponseSchema },
      },
    },
    async () => {
      await ping(database.db);
      return { status: 'ok' as const, database: database.kind, demo: config.demo, version: config.version };
    },
  );
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(authRoutes(authService));
  await app.register(orgRoutes(createOrgService({ db: database.db, clock })));
  await app.register(auditRoutes(createAuditService({ db: database.db })));
  const calendarService = createCalendarService({ db: database.db, clock });
  await app.register(calendarRoutes(calendarService));
  await app.register(catalogRoutes(createCatalogService({ db: database.db, clock })));
  await app.register(
    catalogAdminRoutes(createCatalogAdminService({ db: database.db, clock }), {
      importBodyLimitBytes: config.uploadLimitBytes,
    }),
  );
  // PDFs are drawn in worker threads: pdfmake's layout is synchronous (a receipt ≈ 75 ms, a 2,000-row register
  // ≈ 1.4 s: BENCHMARKS.md), and every other request would wait for it on the event loop.
  const documents = config.pdfThreads > 0 ? createWorkerRenderer({ threads: config.pdfThreads }) : inProcessRenderer();
  app.addHook('onClose', () => documents.close());
  await app.register(
    dossiersRoutes(
      createDossiersService({
        documents,
        db: database.db,
        clock,
        calendar: calendarService,
        blobs: createLocalBlobStore(config.blobDir),
        ruleSetCutover: config.ruleSetCutover,
        uploadLimitBytes: config.uploadLimitBytes,
        registerMaxRows: config.registerMaxRows,
        publicBaseUrl: config.publicBaseUrl ?? `http://localhost:${config.port}`,
      }),
    ),
  );

  await serveWeb(app, config.webDistDir);
  return app;
}

/**
 * The single-page web app: static files, and index.html for every other non-API path. The build writes brotli
 * and gzip copies beside each text file (apps/web/build/precompress.ts); they are sent to browsers that accept
 * them. Hashed assets are cached for a year; index.html and the rest are revalidated, so a new release shows.
 */
async function serveWeb(app: FastifyInstance, distDir: string) {
  const indexFile = path.join(distDir, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header(
          'cache-control',
          // Vite names every file under assets/ by a hash of its content, so a browser may keep it for good.
          path.relative(distDir, filePath).startsWith(`assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '';
    const isApi = urlPath.startsWith('/api/') || urlPath === '/api' || urlPath === '/metrics';
    if (isApi || !hasWeb || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendError(request, reply, 'NOT_FOUND');
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
