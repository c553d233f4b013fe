import type { Permission } from '@mot-cua/contracts';
import type { Actor } from '../request-context';

/**
 * Every API route declares who may call it in `config.access`. A route that forgets is closed:
 * the auth guard treats a missing access rule as "nobody".
 */
export type Access = 'public' | 'authenticated' | Permission | readonly Permission[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
