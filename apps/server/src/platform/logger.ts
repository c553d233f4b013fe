import type { FastifyServerOptions } from 'fastify';

/**
 * pino options: a request id on every line and no personal data. Request logs carry the path without its
 * query string (queries can hold names, ID numbers or phone digits); bodies and cookies are never logged.
 */
export function loggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.idNumber',
        '*.phone',
        '*.address',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; url: string; id: string; ip?: string }) {
        return { method: request.method, path: request.url.split('?')[0], requestId: request.id };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
