import type { Permission, Role } from '@mot-cua/contracts';
import type { Locale } from './errors';

/** Who is acting. Built by the auth module from the session; passed explicitly into services. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  agencyId: string;
  /** 'ALL' for center-wide roles; otherwise the agency ids (own agency and sub-units) the actor may see. */
  scope: 'ALL' | { agencyIds: readonly string[] };
  permissions: ReadonlySet<Permission>;
}

/** What a use case needs to know about the request: for audit rows, messages and authorisation. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
  locale: Locale;
}

/** A context for work the system does by itself (seeding, jobs, CLI). */
export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, requestId, ip: '127.0.0.1', locale: 'vi' };
}

export function canSeeAgency(actor: Actor, agencyId: string): boolean {
  return actor.scope === 'ALL' || actor.scope.agencyIds.includes(agencyId);
}
