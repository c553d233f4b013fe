import type { FastifyRequest } from 'fastify';
import type { Locale } from '../errors';

/** Vietnamese unless the client asks for English (`?lang=en` or an Accept-Language that prefers en). */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  if (query && typeof query.lang === 'string') return query.lang === 'en' ? 'en' : 'vi';
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header.length === 0) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
