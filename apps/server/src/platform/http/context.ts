import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../request-context';
import { requestLocale } from './locale';

/** The request, reduced to what services need: who acts, the request id for audit rows, the language. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: request.id, ip: request.ip, locale: requestLocale(request) };
}
