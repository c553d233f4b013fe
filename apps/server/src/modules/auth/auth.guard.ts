import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Permission } from '@mot-cua/contracts';
import { AppError } from '../../platform/errors';
import type { Access } from '../../platform/http/access';
import type { ResolvedSession, AuthService } from './auth.service';
import { tokensMatch } from './auth.service';

export const SESSION_COOKIE = 'mc_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes served by plugins (Swagger UI) that carry no access rule of ours. */
const UNGUARDED_PREFIXES = ['/api/docs'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Skip the CSRF check (only for login, which creates the token). */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

function isUnguarded(url: string) {
  return UNGUARDED_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}

function hasAccess(session: ResolvedSession, access: Access): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  const required: readonly Permission[] = typeof access === 'string' ? [access] : access;
  // A list means "any of these".
  return required.some((p) => session.actor.permissions.has(p));
}

/**
 * Authentication and authorisation for every /api route, before the body is even parsed:
 * resolve the session cookie, check the route's `config.access`, and require the CSRF token on writes
 * made with a cookie. A route registered without an access rule makes the server refuse to start.
 */
export const authGuard = fp<{ service: AuthService }>(async (app: FastifyInstance, { service }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || isUnguarded(route.url)) return;
    if (route.config?.access === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} has no config.access rule`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || isUnguarded(path)) return;
    const access = request.routeOptions.config?.access;
    if (access === undefined) return; // no such route: the 404 handler answers

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await service.resolveSession(token) : null;
    request.session = session;
    request.actor = session?.actor ?? null;

    if (access === 'public' && !session) return;
    if (!session) {
      if (access === 'public') return;
      throw new AppError('UNAUTHENTICATED');
    }
    if (UNSAFE_METHODS.has(request.method) && !request.routeOptions.config?.csrfExempt) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !tokensMatch(header, session.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
    if (!hasAccess(session, access)) throw new AppError('FORBIDDEN');
  });
});
