import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, errorTable } from '../errors';
import { requestLocale } from './locale';

/**
 * What of an unexpected error may be logged: its type, database code and message without the query
 * parameters (Drizzle puts them in the message, and they can hold names, ID numbers and phones).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const strip = (m: string | undefined) => (m ?? '').split('\nparams:')[0]!.slice(0, 500);
  return {
    type: e?.name ?? typeof error,
    code: e?.code ?? e?.cause?.code,
    message: strip(e?.message),
    ...(e?.cause ? { cause: strip(e.cause.message) } : {}),
  };
}

/** The one place where errors become HTTP responses: `{ error: { code, message, details? } }`. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: AppErrorCode,
  message?: string,
  details?: unknown,
): FastifyReply {
  const locale = requestLocale(request);
  const body: { error: { code: string; message: string; details?: unknown } } = {
    error: { code, message: message ?? errorTable[code][locale] },
  };
  if (details !== undefined) body.error.details = details;
  if (code === 'INTERNAL_ERROR') body.error.details = { requestId: request.id };
  return reply.status(errorTable[code].status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own 4xx errors (parsing, limits, content type) mapped onto our codes. */
function codeForFastifyError(error: FastifyError): AppErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'MALFORMED_JSON';
    default:
      break;
  }
  if (error instanceof SyntaxError) return 'MALFORMED_JSON';
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (error.statusCode === 429) return 'TOO_MANY_REQUESTS';
  if (error.statusCode === 404) return 'NOT_FOUND';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return 'BAD_REQUEST';
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const locale = requestLocale(request);
      return sendError(request, reply, error.code, error.messageIn(locale), error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((issue) => ({
        path: [
          where,
          ...String(issue.instancePath ?? '')
            .split('/')
            .filter(Boolean),
        ].join('.'),
        code: issue.keyword,
        message: issue.message ?? 'invalid',
      }));
      return sendError(request, reply, 'VALIDATION_FAILED', undefined, { fields });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ error: loggableError(error) }, 'response did not match its schema');
      return sendError(request, reply, 'INTERNAL_ERROR');
    }
    const code = codeForFastifyError(error);
    if (code) return sendError(request, reply, code);
    request.log.error(
      { error: loggableError(error), stack: (error as Error).stack?.split('\n').slice(1, 6) },
      'unhandled error',
    );
    return sendError(request, reply, 'INTERNAL_ERROR');
  });
}
